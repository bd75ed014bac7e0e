package dev.niche.dsa.fenwicktree;

/**
 * Reference: a binary indexed tree. With slots numbered from 1, {@code tree[i]} holds the total of the
 * {@code lowbit(i) = i & -i} slots that end at slot i. The total of the first {@code end} slots is
 * {@code tree[end]} plus the total of the first {@code end - lowbit(end)}: each step clears the lowest set bit,
 * so at most log2 n + 1 steps. A slot is covered by {@code tree[i]}, {@code tree[i + lowbit(i)]} and so on up:
 * each step moves the lowest set bit up, again at most log2 n + 1 steps. Wrapping long arithmetic is a group,
 * so subtracting two prefix totals is exact even after overflow.
 */
public final class RangeSums {
    private final long[] tree;

    public RangeSums(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        tree = new long[n + 1];
    }

    public int size() {
        return tree.length - 1;
    }

    public void add(int index, long delta) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for " + size() + " slots");
        }
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    public long sum(int from, int to) {
        if (from < 0 || from > to || to > size()) {
            throw new IndexOutOfBoundsException("range from " + from + " to " + to + " does not fit 0 <= from <= to <= "
                    + size());
        }
        return totalBefore(to) - totalBefore(from);
    }

    /** The total of slots 0 to end - 1. */
    private long totalBefore(int end) {
        long total = 0;
        for (int i = end; i > 0; i -= i & -i) {
            total += tree[i];
        }
        return total;
    }
}
