package dev.niche.dsa.topkfrequent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Naive: counts, then sorts every distinct item by rank and keeps the first k. Correct, but O(m log m). */
public final class MostFrequent {
    private MostFrequent() {
    }

    public static <T> List<T> top(List<? extends T> items, int k, Comparator<? super T> tieBreak) {
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(tieBreak, "tieBreak");
        Map<T, Integer> counts = new HashMap<>();
        int index = 0;
        for (T item : items) {
            if (item == null) {
                throw new NullPointerException("items[" + index + "] is null");
            }
            counts.merge(item, 1, Integer::sum);
            index++;
        }
        if (k < 0 || k > counts.size()) {
            throw new IllegalArgumentException("k = " + k + " is out of range: there are " + counts.size()
                    + " distinct items");
        }
        List<T> distinct = new ArrayList<>(counts.keySet());
        Comparator<T> byCountDescending = (a, b) -> Integer.compare(counts.get(b), counts.get(a));
        distinct.sort(byCountDescending.thenComparing(tieBreak));
        return new ArrayList<>(distinct.subList(0, k));
    }
}
