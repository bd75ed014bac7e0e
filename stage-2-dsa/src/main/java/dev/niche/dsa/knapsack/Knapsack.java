package dev.niche.dsa.knapsack;

/**
 * Loading a delivery drone for the most value.
 *
 * <p>A drone can lift a fixed weight. Before each flight, a dispatcher picks which of the waiting parcels go,
 * each whole or not at all, to carry the largest total value (what the customers pay) without going over the
 * weight limit. Picking the most valuable parcels first, or the best value per gram first, can both leave
 * value behind: with room for 10, parcels of weight 6, 5, 5 and value 12, 9, 9 are best sent as the two 5s.
 *
 * <h2>Contract</h2>
 * {@code bestValue(weights, values, capacity)} returns the largest sum of {@code values[i]} over a set of
 * distinct indexes i whose {@code weights[i]} sum to at most {@code capacity}; 0 when nothing fits (or there
 * are no items). Each item is taken at most once. Weights and values may be 0. The arrays are not modified.
 * The answer is a {@code long}: the values of a load may add up to more than {@link Integer#MAX_VALUE}.
 *
 * <h2>Constraints and required complexity (n = number of items, W = capacity)</h2>
 * Up to 1,000 items and a capacity up to 10^5 (or any capacity, up to {@link Integer#MAX_VALUE}, when the
 * items together weigh less: no plan ever needs more room than that total). Trying every set of items
 * (2^n of them) is hopeless. Required: O(n * W) time and O(W) extra space, where W can be taken as the smaller
 * of the capacity and the total weight: memory must not grow with the number of items. The grader times n
 * items with a capacity of 100 (time must grow linearly in n) and measures the bytes allocated for 2 to 16
 * items (they must not grow with n).
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null array: {@link NullPointerException} whose message names it ("weights", "values");</li>
 *   <li>arrays of different lengths: {@link IllegalArgumentException} whose message names both;</li>
 *   <li>a negative weight or value: {@link IllegalArgumentException} whose message names it ("weights[3]",
 *       for example);</li>
 *   <li>a negative capacity: {@link IllegalArgumentException} whose message names it ("capacity").</li>
 * </ul>
 */
public final class Knapsack {
    private Knapsack() {
    }

    /** The largest total value of items, each taken at most once, whose total weight is at most capacity. */
    public static long bestValue(int[] weights, int[] values, int capacity) {
        throw new UnsupportedOperationException("TODO: the most value that fits within the capacity");
    }
}
