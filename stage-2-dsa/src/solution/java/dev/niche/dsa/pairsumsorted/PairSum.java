package dev.niche.dsa.pairsumsorted;

import java.util.Objects;
import java.util.Optional;

/** Reference: one index from each end, moving towards each other. */
public final class PairSum {
    private PairSum() {
    }

    /**
     * Invariant: no pair with a first index before {@code left} or a second index after {@code right} can be
     * the answer. When the sum is too small, {@code sorted[left]} is too small even with the largest partner
     * still in play, so it cannot start any matching pair: drop it. When the sum is too large,
     * {@code sorted[right]} is too large even with the smallest, so it cannot end one: drop it. Each step drops
     * one index, so the loop makes at most n - 1 steps. The first match is the outermost pair: {@code right}
     * never passes the last partner of the smallest matching first index, because for every {@code left} up
     * to that index the sum with that partner is at most the target.
     */
    public static Optional<IndexPair> find(int[] sorted, long target) {
        Objects.requireNonNull(sorted, "sorted must not be null");
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] < sorted[k - 1]) {
                throw new IllegalArgumentException("sorted is not in ascending order: sorted[" + k + "] = "
                        + sorted[k] + " is less than sorted[" + (k - 1) + "] = " + sorted[k - 1]);
            }
        }
        int left = 0;
        int right = sorted.length - 1;
        while (left < right) {
            long sum = (long) sorted[left] + sorted[right];
            if (sum < target) {
                left++;
            } else if (sum > target) {
                right--;
            } else {
                return Optional.of(new IndexPair(left, right));
            }
        }
        return Optional.empty();
    }
}
