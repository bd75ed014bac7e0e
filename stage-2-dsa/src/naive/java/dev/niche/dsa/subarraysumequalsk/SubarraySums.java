package dev.niche.dsa.subarraysumequalsk;

import java.util.Objects;

/** Naive: adds up every subarray, extending each start one value at a time. Correct, but O(n^2). */
public final class SubarraySums {
    private SubarraySums() {
    }

    public static long count(int[] values, long k) {
        Objects.requireNonNull(values, "values must not be null");
        long count = 0;
        for (int i = 0; i < values.length; i++) {
            long sum = 0;
            for (int j = i; j < values.length; j++) {
                sum += values[j];
                if (sum == k) {
                    count++;
                }
            }
        }
        return count;
    }
}
