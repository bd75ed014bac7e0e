package dev.niche.dsa.lowerbound;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reference: binary search over the half-open range of candidate answers. */
public final class LowerBound {
    private LowerBound() {
    }

    /**
     * Invariant: the answer lies in {@code [lo, hi]}; everything before {@code lo} is less than the key and
     * nothing from {@code hi} on is. Each comparison removes the probe and one half, so the range of size s
     * shrinks to at most floor(s / 2): floor(log2 n) + 1 probes in all.
     */
    public static <T> int lowerBound(List<? extends T> sorted, T key, Comparator<? super T> order) {
        Objects.requireNonNull(sorted, "sorted");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(order, "order");
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(sorted.get(mid), key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
