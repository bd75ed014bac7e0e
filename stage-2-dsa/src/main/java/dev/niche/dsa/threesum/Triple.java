package dev.niche.dsa.threesum;

/**
 * Three values in ascending order: {@code first <= second <= third}.
 *
 * @param first  the smallest value
 * @param second the middle value
 * @param third  the largest value
 */
public record Triple(int first, int second, int third) {
}
