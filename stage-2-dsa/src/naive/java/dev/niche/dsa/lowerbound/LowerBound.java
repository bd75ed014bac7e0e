package dev.niche.dsa.lowerbound;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Naive: walks from the front until it meets an element that is not less than the key. Correct, but O(n). */
public final class LowerBound {
    private LowerBound() {
    }

    public static <T> int lowerBound(List<? extends T> sorted, T key, Comparator<? super T> order) {
        Objects.requireNonNull(sorted, "sorted");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(order, "order");
        int i = 0;
        while (i < sorted.size() && order.compare(sorted.get(i), key) < 0) {
            i++;
        }
        return i;
    }
}
