package dev.niche.dsa.pairsumsorted;

import java.util.Objects;
import java.util.Optional;

/** Naive: tries every pair, first index ascending, second descending. Correct, but O(n^2). */
public final class PairSum {
    private PairSum() {
    }

    public static Optional<IndexPair> find(int[] sorted, long target) {
        Objects.requireNonNull(sorted, "sorted must not be null");
        for (int k = 1; k < sorted.length; k++) {
            if (sorted[k] < sorted[k - 1]) {
                throw new IllegalArgumentException("sorted is not in ascending order at sorted[" + k + "]");
            }
        }
        for (int i = 0; i < sorted.length; i++) {
            for (int j = sorted.length - 1; j > i; j--) {
                if ((long) sorted[i] + sorted[j] == target) {
                    return Optional.of(new IndexPair(i, j));
                }
            }
        }
        return Optional.empty();
    }
}
