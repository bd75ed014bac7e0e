package dev.niche.dsa.knapsack;

import java.util.Objects;

/** Reference: the best value for every room from 0 to W, updated one item at a time. */
public final class Knapsack {
    private Knapsack() {
    }

    /**
     * After the first i items, {@code best[r]} is the most value those items give within room r. Item i either
     * stays out ({@code best[r]} unchanged) or goes in, leaving room r - w for the items before it
     * ({@code best[r - w] + v}). Updating r from high to low reads {@code best[r - w]} before item i has
     * touched it, so the item is used at most once. The room never needs to exceed the total weight of all
     * items, which keeps a huge capacity cheap. O(n * W) time, W + 1 longs.
     */
    public static long bestValue(int[] weights, int[] values, int capacity) {
        long totalWeight = validate(weights, values, capacity);
        int room = (int) Math.min(capacity, totalWeight);
        long[] best = new long[room + 1];
        for (int i = 0; i < weights.length; i++) {
            for (int r = room; r >= weights[i]; r--) {
                best[r] = Math.max(best[r], best[r - weights[i]] + values[i]);
            }
        }
        return best[room];
    }

    /** Checks the input and returns the total weight of the items. */
    private static long validate(int[] weights, int[] values, int capacity) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(values, "values");
        if (weights.length != values.length) {
            throw new IllegalArgumentException("weights and values differ in length: " + weights.length + " and "
                    + values.length);
        }
        long total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] = " + weights[i] + " is negative");
            }
            if (values[i] < 0) {
                throw new IllegalArgumentException("values[" + i + "] = " + values[i] + " is negative");
            }
            total += weights[i];
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity = " + capacity + " is negative");
        }
        return total;
    }
}
