package dev.niche.dsa.mergeksorted;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/** Reference: a min-heap holding one cursor per non-empty list, ordered by the cursor's next element. */
public final class SortedMerge {
    private SortedMerge() {
    }

    /** The unread rest of one input list; {@code head} is its smallest unread element. */
    private static final class Cursor<T> {
        final int list;
        final Iterator<? extends T> rest;
        T head;

        Cursor(int list, Iterator<? extends T> rest) {
            this.list = list;
            this.rest = rest;
            this.head = rest.next();
        }

        boolean advance() {
            if (!rest.hasNext()) {
                return false;
            }
            head = rest.next();
            return true;
        }
    }

    /**
     * Invariant: the heap holds one cursor per list with unread elements, so its root's head is the smallest
     * unread element overall. Each output element costs one poll and at most one push on a heap of at most k
     * cursors: O(log k) comparisons. Ties go to the earlier list, which makes the merge stable.
     */
    public static <T> List<T> merge(List<? extends List<? extends T>> lists, Comparator<? super T> order) {
        Objects.requireNonNull(lists, "lists");
        Objects.requireNonNull(order, "order");
        Comparator<Cursor<T>> byHead = (a, b) -> {
            int byOrder = order.compare(a.head, b.head);
            return byOrder != 0 ? byOrder : Integer.compare(a.list, b.list);
        };
        PriorityQueue<Cursor<T>> cursors = new PriorityQueue<>(Math.max(1, lists.size()), byHead);
        int total = 0;
        int index = 0;
        for (List<? extends T> list : lists) {
            if (list == null) {
                throw new NullPointerException("lists[" + index + "] is null");
            }
            if (!list.isEmpty()) {
                cursors.add(new Cursor<>(index, list.iterator()));
                total += list.size();
            }
            index++;
        }
        List<T> merged = new ArrayList<>(total);
        while (!cursors.isEmpty()) {
            Cursor<T> smallest = cursors.poll();
            merged.add(smallest.head);
            if (smallest.advance()) {
                cursors.add(smallest);
            }
        }
        return merged;
    }
}
