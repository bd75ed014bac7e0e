package dev.niche.dsa.pairsumsorted;

/**
 * Two positions in an array, {@code first < second}.
 *
 * @param first  the smaller index
 * @param second the larger index
 */
public record IndexPair(int first, int second) {
}
