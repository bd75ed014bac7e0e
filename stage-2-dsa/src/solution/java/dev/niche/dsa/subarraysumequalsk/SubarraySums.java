package dev.niche.dsa.subarraysumequalsk;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Reference: one pass over the running total, counting the earlier totals that are exactly k below it. */
public final class SubarraySums {
    private SubarraySums() {
    }

    /**
     * With {@code total(j)} the sum of the first j values, the subarray from i to j - 1 sums to k exactly when
     * {@code total(i) == total(j) - k}. So at each j, the number of subarrays ending just before j that sum to
     * k is the number of earlier totals equal to {@code total(j) - k}, which a map from total to how often it
     * occurred answers in O(1) expected time. It starts with the empty prefix: total 0, seen once.
     *
     * <p>Totals stay within 2^51 in absolute value. {@code total - k} can wrap around only when k is so far away
     * that no subarray reaches it, and the wrapped value is then beyond 2^62 in absolute value, so it matches
     * no total: the count stays exact for every long k.
     */
    public static long count(int[] values, long k) {
        Objects.requireNonNull(values, "values must not be null");
        Map<Long, Integer> timesSeen = new HashMap<>();
        timesSeen.put(0L, 1);
        long total = 0;
        long count = 0;
        for (int value : values) {
            total += value;
            count += timesSeen.getOrDefault(total - k, 0);
            timesSeen.merge(total, 1, Integer::sum);
        }
        return count;
    }
}
