package dev.niche.dsa.singlenumber;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Naive: counts every number in a map, then looks for the count of 1. Correct and O(n) time, but O(n) space. */
public final class Unpaired {
    private Unpaired() {
    }

    public static int find(int[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length % 2 == 0) {
            throw new IllegalArgumentException("values has even length " + values.length
                    + ", so it cannot hold exactly one number without a twin");
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (int value : values) {
            counts.merge(value, 1, Integer::sum);
        }
        for (Map.Entry<Integer, Integer> entry : counts.entrySet()) {
            if (entry.getValue() == 1) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("values has no number without a twin");
    }
}
