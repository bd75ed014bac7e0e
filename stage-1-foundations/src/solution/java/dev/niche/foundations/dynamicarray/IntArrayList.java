package dev.niche.foundations.dynamicarray;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * A growable list of ints kept in one array. Reference solution.
 *
 * <p>A full array is copied into one twice as long. The copies then run 8 + 16 + 32 + ... up to half the final
 * capacity, which is less than the final capacity, itself less than 2n: building a list of n values copies
 * fewer than 2n values and allocates fewer than 4n slots in all, amortized O(1) per append.
 */
public final class IntArrayList {
    private static final int INITIAL_CAPACITY = 8;

    private int[] values = new int[INITIAL_CAPACITY];
    private int size;

    /** An empty list. */
    public IntArrayList() {
    }

    /** Appends {@code value} at the end. */
    public void add(int value) {
        if (size == values.length) {
            grow();
        }
        values[size] = value;
        size++;
    }

    /** Inserts {@code value} at {@code index}, moving the values from {@code index} on one place right. */
    public void insert(int index, int value) {
        if (index < 0 || index > size) {
            throw outOfRange(index);
        }
        if (size == values.length) {
            grow();
        }
        System.arraycopy(values, index, values, index + 1, size - index);
        values[index] = value;
        size++;
    }

    /** The value at {@code index}. */
    public int get(int index) {
        checkIndex(index);
        return values[index];
    }

    /** Replaces the value at {@code index} with {@code value}; returns the value it replaced. */
    public int set(int index, int value) {
        checkIndex(index);
        int previous = values[index];
        values[index] = value;
        return previous;
    }

    /** Removes the last value and returns it. */
    public int removeLast() {
        if (size == 0) {
            throw new NoSuchElementException("removeLast on an empty list");
        }
        size--;
        return values[size];
    }

    /** How many values the list holds. */
    public int size() {
        return size;
    }

    /** True when the list holds no value. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** Doubling, not adding a fixed number of slots, is what makes appends amortized O(1). */
    private void grow() {
        values = Arrays.copyOf(values, values.length * 2);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw outOfRange(index);
        }
    }

    private IndexOutOfBoundsException outOfRange(int index) {
        return new IndexOutOfBoundsException("index " + index + " out of range for size " + size);
    }
}
