package dev.niche.foundations.ringdeque;

/**
 * A double-ended queue kept in a circular buffer: one array, read as a ring whose last slot is followed by
 * slot 0.
 *
 * <p>The elements sit in consecutive slots from a {@code head} index, wrapping past the end of the array back
 * to its start. {@link #addFirst} steps {@code head} back one slot (from slot 0 to the last slot) and writes
 * there; {@link #addLast} writes into the slot just after the last element; the polls step the ends inwards.
 * No element ever moves, except when the array is full: then copy the elements, first to last, into an array
 * twice as long, starting at its slot 0.
 *
 * <p>Element i, counted from the first, is in slot {@code (head + i) mod capacity}. Clear a slot when its
 * element leaves, so that the deque does not keep the element alive.
 *
 * <h2>An empty deque</h2>
 * {@link #pollFirst}, {@link #pollLast}, {@link #peekFirst} and {@link #peekLast} return {@code null}, as the
 * {@code poll} and {@code peek} methods of {@link java.util.ArrayDeque} do. That is why null elements are
 * refused: a null could not be told from "empty".
 *
 * <h2>Required complexity (n = size)</h2>
 * <ul>
 *   <li>{@link #addFirst}, {@link #addLast}: amortized O(1);</li>
 *   <li>{@link #pollFirst}, {@link #pollLast}, {@link #peekFirst}, {@link #peekLast}, {@link #get},
 *       {@link #size}, {@link #isEmpty}: O(1). The grader times add-then-poll pairs on deques of growing size,
 *       which must take sublinear time (moving every element on {@code addFirst} takes linear time), and checks
 *       that they allocate nothing;</li>
 *   <li>space: O(n).</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>A null element throws {@link NullPointerException} with a message naming it ("element").</li>
 *   <li>{@link #get} with an index outside 0 to size - 1 throws {@link IndexOutOfBoundsException} with a
 *       message naming the index and the size, for example {@code "index 7 out of range for size 3"}.</li>
 * </ul>
 *
 * @param <E> the element type
 */
public final class RingDeque<E> {

    /** An empty deque. */
    public RingDeque() {
        throw new UnsupportedOperationException("TODO: start with a small array, head at slot 0, size 0");
    }

    /** Adds {@code element} before the first element. */
    public void addFirst(E element) {
        throw new UnsupportedOperationException(
                "TODO: refuse null, grow if full, step head back one slot (wrapping), write the element there");
    }

    /** Adds {@code element} after the last element. */
    public void addLast(E element) {
        throw new UnsupportedOperationException(
                "TODO: refuse null, grow if full, write into the slot after the last element (wrapping)");
    }

    /** Removes and returns the first element, or returns null when the deque is empty. */
    public E pollFirst() {
        throw new UnsupportedOperationException("TODO: take the element at head, clear its slot, step head forward");
    }

    /** Removes and returns the last element, or returns null when the deque is empty. */
    public E pollLast() {
        throw new UnsupportedOperationException("TODO: take the last element, clear its slot, shrink the size");
    }

    /** The first element, or null when the deque is empty; the deque is unchanged. */
    public E peekFirst() {
        throw new UnsupportedOperationException("TODO: return the element at head, or null");
    }

    /** The last element, or null when the deque is empty; the deque is unchanged. */
    public E peekLast() {
        throw new UnsupportedOperationException("TODO: return the element at slot (head + size - 1) mod capacity");
    }

    /** The element at {@code index}, counting from the first element (index 0). */
    public E get(int index) {
        throw new UnsupportedOperationException(
                "TODO: check 0 <= index < size, then read slot (head + index) mod capacity");
    }

    /** How many elements the deque holds. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return the number of elements");
    }

    /** True when the deque holds no element. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO: size() == 0");
    }
}
