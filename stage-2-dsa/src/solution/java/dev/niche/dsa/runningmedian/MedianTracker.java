package dev.niche.dsa.runningmedian;

import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Reference: the smaller half of the values in a max-heap and the larger half in a min-heap, so the middle
 * values are the two roots.
 */
public final class MedianTracker {
    /** The smaller half, largest on top. Holds the extra value when the count is odd. */
    private final PriorityQueue<Integer> lower = new PriorityQueue<>(Comparator.reverseOrder());
    /** The larger half, smallest on top. */
    private final PriorityQueue<Integer> upper = new PriorityQueue<>();

    /**
     * Invariant after each call: every value in {@code lower} is at most every value in {@code upper}, and
     * {@code lower} holds as many values as {@code upper} or one more. The new value goes to the half it
     * belongs to; then at most one root moves across to restore the sizes. Each step is O(log n).
     */
    public void add(int value) {
        if (lower.isEmpty() || value <= lower.peek()) {
            lower.add(value);
        } else {
            upper.add(value);
        }
        if (lower.size() > upper.size() + 1) {
            upper.add(lower.poll());
        } else if (upper.size() > lower.size()) {
            lower.add(upper.poll());
        }
    }

    /** The root of {@code lower} for an odd count; the mean of both roots, summed as longs, for an even one. */
    public double median() {
        if (lower.isEmpty()) {
            throw new NoSuchElementException("median() of no values: add a value first");
        }
        if (lower.size() > upper.size()) {
            return lower.peek();
        }
        return ((long) lower.peek() + upper.peek()) / 2.0;
    }

    public int size() {
        return lower.size() + upper.size();
    }
}
