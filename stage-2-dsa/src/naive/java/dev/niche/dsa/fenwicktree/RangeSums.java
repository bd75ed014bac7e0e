package dev.niche.dsa.fenwicktree;

/** Naive: one array of slots; add is O(1), but sum walks the whole range, O(n). */
public final class RangeSums {
    private final long[] slots;

    public RangeSums(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        slots = new long[n];
    }

    public int size() {
        return slots.length;
    }

    public void add(int index, long delta) {
        if (index < 0 || index >= slots.length) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for " + slots.length + " slots");
        }
        slots[index] += delta;
    }

    public long sum(int from, int to) {
        if (from < 0 || from > to || to > slots.length) {
            throw new IndexOutOfBoundsException("range from " + from + " to " + to + " does not fit 0 <= from <= to <= "
                    + slots.length);
        }
        long total = 0;
        for (int i = from; i < to; i++) {
            total += slots[i];
        }
        return total;
    }
}
