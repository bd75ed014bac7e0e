package dev.niche.foundations.growthranking;

import java.util.Comparator;

/**
 * Orders growth classes from the slowest-growing to the fastest-growing: {@code compare(a, b)} is negative
 * when a grows more slowly than b, that is when a(n) / b(n) tends to 0 as n grows without bound; positive
 * when a grows faster; zero only when a and b are the same class.
 *
 * <p>With this order, sorting a list of classes puts the cheapest algorithm first, and
 * {@code Collections.max(classes, new GrowthOrder())} finds the one that will hurt first as n grows.
 *
 * <p>The result must obey the {@link Comparator} contract: {@code compare(a, b)} and {@code compare(b, a)}
 * have opposite signs, the order is transitive, and it is consistent with {@code equals}.
 *
 * <h2>Bad input</h2>
 * A null argument throws {@link NullPointerException} whose message names it: {@code left} for the first,
 * {@code right} for the second.
 *
 * <h2>Required complexity</h2>
 * O(1) time and space per comparison.
 */
public final class GrowthOrder implements Comparator<GrowthClass> {

    /**
     * Negative when {@code left} grows more slowly than {@code right}, positive when it grows faster, zero
     * when they are the same class.
     */
    @Override
    public int compare(GrowthClass left, GrowthClass right) {
        throw new UnsupportedOperationException("TODO: rank each class by how fast it grows, then compare the ranks");
    }
}
