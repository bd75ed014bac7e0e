package dev.niche.foundations.dynamicarray;

import java.util.NoSuchElementException;

/**
 * Naive variant: every answer is right, but a full array grows by 16 slots at a time. Building a list of n
 * values then copies about n²/32 values and allocates about n²/8 bytes: O(n) per append, not amortized O(1).
 */
public final class IntArrayList {
    private static final int GROWTH_STEP = 16;

    private int[] values = new int[GROWTH_STEP];
    private int size;

    public IntArrayList() {
    }

    public void add(int value) {
        insert(size, value);
    }

    public void insert(int index, int value) {
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for size " + size);
        }
        if (size == values.length) {
            int[] longer = new int[values.length + GROWTH_STEP];
            for (int i = 0; i < size; i++) {
                longer[i] = values[i];
            }
            values = longer;
        }
        for (int i = size; i > index; i--) {
            values[i] = values[i - 1];
        }
        values[index] = value;
        size++;
    }

    public int get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for size " + size);
        }
        return values[index];
    }

    public int set(int index, int value) {
        int previous = get(index);
        values[index] = value;
        return previous;
    }

    public int removeLast() {
        if (size == 0) {
            throw new NoSuchElementException("removeLast on an empty list");
        }
        return values[--size];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }
}
