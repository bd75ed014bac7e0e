package dev.niche.dsa.lis;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Naive: for each item, the longest increasing run ending at it, found by looking back at every earlier item.
 * Correct, but n^2 / 2 comparisons.
 */
public final class IncreasingSubsequence {
    private IncreasingSubsequence() {
    }

    public static <T> int longestLength(List<? extends T> items, Comparator<? super T> order) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(order, "order");
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw new NullPointerException("items[" + i + "] is null");
            }
        }
        int n = items.size();
        int[] endingAt = new int[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            endingAt[i] = 1;
            for (int j = 0; j < i; j++) {
                if (order.compare(items.get(j), items.get(i)) < 0 && endingAt[j] + 1 > endingAt[i]) {
                    endingAt[i] = endingAt[j] + 1;
                }
            }
            longest = Math.max(longest, endingAt[i]);
        }
        return longest;
    }
}
