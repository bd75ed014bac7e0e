package dev.niche.dsa.topkfrequent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/** Reference: count with a hash map, then keep the k best tallies in a heap whose root is the weakest of them. */
public final class MostFrequent {
    private MostFrequent() {
    }

    private record Tally<T>(T item, int count) {
    }

    /**
     * Invariant while scanning the tallies: the heap holds the k best tallies seen so far, the weakest at the
     * root. A new tally costs one comparison with the root when it does not beat it, and O(log k) when it
     * replaces it, so ranking costs O(m log k), and O(m) when k is fixed.
     */
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
        Comparator<Tally<T>> better = (a, b) -> a.count() != b.count()
                ? Integer.compare(b.count(), a.count())
                : tieBreak.compare(a.item(), b.item());
        PriorityQueue<Tally<T>> best = new PriorityQueue<>(k + 1, better.reversed());
        for (Map.Entry<T, Integer> entry : counts.entrySet()) {
            Tally<T> tally = new Tally<>(entry.getKey(), entry.getValue());
            if (best.size() < k) {
                best.add(tally);
            } else if (k > 0 && better.compare(tally, best.peek()) < 0) {
                best.poll();
                best.add(tally);
            }
        }
        List<T> ranked = new ArrayList<>(k);
        while (!best.isEmpty()) {
            ranked.add(best.poll().item());
        }
        Collections.reverse(ranked);
        return ranked;
    }
}
