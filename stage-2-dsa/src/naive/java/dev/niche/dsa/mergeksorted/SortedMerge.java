package dev.niche.dsa.mergeksorted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Naive: before each output element, scans the next element of every list for the smallest. O(N k). */
public final class SortedMerge {
    private SortedMerge() {
    }

    public static <T> List<T> merge(List<? extends List<? extends T>> lists, Comparator<? super T> order) {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(order, "order");
        int total = 0;
        for (int i = 0; i < lists.size(); i++) {
            if (lists.get(i) == null) {
                throw new NullPointerException("lists[" + i + "] is null");
            }
            total += lists.get(i).size();
        }
        int[] next = new int[lists.size()];
        List<T> merged = new ArrayList<>(total);
        while (merged.size() < total) {
            int smallest = -1;
            for (int i = 0; i < lists.size(); i++) {
                if (next[i] < lists.get(i).size() && (smallest < 0
                        || order.compare(lists.get(i).get(next[i]), lists.get(smallest).get(next[smallest])) < 0)) {
                    smallest = i;
                }
            }
            merged.add(lists.get(smallest).get(next[smallest]));
            next[smallest]++;
        }
        return merged;
    }
}
