package dev.niche.foundations.dynamicarray;

/**
 * A growable list of ints kept in one array: {@code ArrayList<Integer>} without the boxing.
 *
 * <p>The array is usually longer than the list, and the spare slots at its end are where appends go. When no
 * slot is left, allocate a longer array, copy the values into it and carry on. How much longer is the point of
 * this kata:
 * <ul>
 *   <li>a constant number of slots more (say 16) means a copy every 16 appends, each as long as the list:
 *       n appends copy about n²/32 values, so one append costs O(n) on average;</li>
 *   <li>a constant factor more (twice, or one and a half times, as long) makes the copies sum to a constant
 *       times n (n/2 + n/4 + ... for doubling), so one append costs O(1) on average: amortized O(1).</li>
 * </ul>
 *
 * <h2>Required complexity (n = size)</h2>
 * <ul>
 *   <li>{@link #add}: amortized O(1). The grader appends n values to a new list and checks that the total
 *       time, and the total bytes allocated, grow linearly with n (a list that grows by a constant number of
 *       slots allocates O(n²) bytes);</li>
 *   <li>{@link #get}, {@link #set}, {@link #removeLast}, {@link #size}, {@link #isEmpty}: O(1).
 *       {@link #removeLast} need not shrink the array;</li>
 *   <li>{@link #insert}: O(n - index): the values from {@code index} on each move one slot right;</li>
 *   <li>space: O(n). Start small (a few slots).</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>An index out of range throws {@link IndexOutOfBoundsException} with a message naming the index and the
 *       size, for example {@code "index 7 out of range for size 3"}. {@link #get} and {@link #set} accept
 *       0 to size - 1; {@link #insert} accepts 0 to size (inserting at size appends).</li>
 *   <li>{@link #removeLast} on an empty list throws {@link java.util.NoSuchElementException}.</li>
 * </ul>
 */
public final class IntArrayList {

    /** An empty list. */
    public IntArrayList() {
        throw new UnsupportedOperationException("TODO: start with a small array and a size of 0");
    }

    /** Appends {@code value} at the end. */
    public void add(int value) {
        throw new UnsupportedOperationException(
                "TODO: when the array is full, copy it into one a constant factor longer; then write at size");
    }

    /** Inserts {@code value} at {@code index}, moving the values from {@code index} on one place right. */
    public void insert(int index, int value) {
        throw new UnsupportedOperationException(
                "TODO: check 0 <= index <= size, make room, shift the tail one slot right, write the value");
    }

    /** The value at {@code index}. */
    public int get(int index) {
        throw new UnsupportedOperationException("TODO: check 0 <= index < size, then read the slot");
    }

    /** Replaces the value at {@code index} with {@code value}; returns the value it replaced. */
    public int set(int index, int value) {
        throw new UnsupportedOperationException("TODO: check the index, write the slot, return its old value");
    }

    /** Removes the last value and returns it. */
    public int removeLast() {
        throw new UnsupportedOperationException("TODO: throw on an empty list, else shorten the size by one");
    }

    /** How many values the list holds. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return the number of values");
    }

    /** True when the list holds no value. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO: size() == 0");
    }
}
