package dev.niche.katas.grader.complexity;

import java.util.Comparator;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * Counts the operations a kata's API lets the grader see: comparisons through a comparator, calls of a
 * predicate, probes of an array, reads of a page. Hand the learner's code a wrapped comparator or predicate,
 * run the operation, read {@link #count()}. Counts are exact, so they separate n from n log n and 1 from
 * log n where timing cannot.
 */
public final class Counter {
    private long count;

    public void tick() {
        count++;
    }

    public long count() {
        return count;
    }

    public void reset() {
        count = 0;
    }

    /** {@code comparator}, counting each comparison on this counter. */
    public <T> Comparator<T> comparator(Comparator<T> comparator) {
        return (a, b) -> {
            count++;
            return comparator.compare(a, b);
        };
    }

    /** Natural order, counting each comparison. */
    public <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return comparator(Comparator.<T>naturalOrder());
    }

    public <T> Predicate<T> predicate(Predicate<T> predicate) {
        return t -> {
            count++;
            return predicate.test(t);
        };
    }

    public IntPredicate intPredicate(IntPredicate predicate) {
        return i -> {
            count++;
            return predicate.test(i);
        };
    }
}
