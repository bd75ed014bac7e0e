package dev.niche.dsa.lis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reference: the smallest possible last item of an increasing run of each length, kept sorted. */
public final class IncreasingSubsequence {
    private IncreasingSubsequence() {
    }

    /**
     * Invariant after reading a prefix: {@code smallestEnd.get(k)} is the smallest item that ends a strictly
     * increasing subsequence of length k + 1 in that prefix. Those ends strictly increase with k (a run of
     * length k + 2 contains one of length k + 1 ending lower), so the list is sorted and each new item x finds
     * its place by binary search: the first end not below x. Replacing that end by x (or appending x when every
     * end is below it) keeps the invariant, and the size of the list is the answer. Each item costs at most
     * floor(log2 n) + 1 comparisons.
     */
    public static <T> int longestLength(List<? extends T> items, Comparator<? super T> order) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(order, "order");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new NullPointerException("items[" + i + "] is null");
            }
        }
        List<T> smallestEnd = new ArrayList<>();
        for (T item : items) {
            int lo = 0;
            int hi = smallestEnd.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (order.compare(smallestEnd.get(mid), item) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo == smallestEnd.size()) {
                smallestEnd.add(item);
            } else {
                smallestEnd.set(lo, item);
            }
        }
        return smallestEnd.size();
    }
}
