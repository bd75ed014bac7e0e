package dev.niche.dsa.runningmedian;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/** Naive: keeps every value in a sorted list, inserting each at its place. Correct, but add is O(n). */
public final class MedianTracker {
    private final List<Integer> sorted = new ArrayList<>();

    public void add(int value) {
        int position = 0;
        while (position < sorted.size() && sorted.get(position) < value) {
            position++;
        }
        sorted.add(position, value);
    }

    public double median() {
        if (sorted.isEmpty()) {
            throw new NoSuchElementException("median() of no values: add a value first");
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return ((long) sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    public int size() {
        return sorted.size();
    }
}
