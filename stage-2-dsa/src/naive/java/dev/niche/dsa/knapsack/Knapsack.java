package dev.niche.dsa.knapsack;

import java.util.Objects;

/**
 * Naive: for each item in turn, tries leaving it out and, when it fits, putting it in, down to the last item.
 * Correct, but it walks every set of items that fits: up to 2^n of them.
 */
public final class Knapsack {
    private Knapsack() {
    }

    public static long bestValue(int[] weights, int[] values, int capacity) {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(values, "values");
        if (weights.length != values.length) {
            throw new IllegalArgumentException("weights and values differ in length: " + weights.length + " and "
                    + values.length);
        }
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weights[" + i + "] = " + weights[i] + " is negative");
            }
            if (values[i] < 0) {
                throw new IllegalArgumentException("values[" + i + "] = " + values[i] + " is negative");
            }
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity = " + capacity + " is negative");
        }
        return best(weights, values, 0, capacity);
    }

    private static long best(int[] weights, int[] values, int item, int room) {
        if (item == weights.length) {
            return 0;
        }
        long without = best(weights, values, item + 1, room);
        if (weights[item] > room) {
            return without;
        }
        long with = values[item] + best(weights, values, item + 1, room - weights[item]);
        return Math.max(without, with);
    }
}
