package dev.niche.foundations.ringdeque;

import java.util.Objects;

/**
 * A double-ended queue kept in a circular buffer. Reference solution.
 *
 * <p>The capacity is always a power of two, so {@code i & (capacity - 1)} wraps an index into the ring, also
 * for {@code head - 1} at slot 0 (in two's complement, -1 masked is the last slot). Both ends move by
 * stepping an index. Elements are copied only when a full buffer of c slots doubles: that copies c elements
 * and comes at least c/2 adds after the previous doubling, so each add pays for at most two copies, amortized
 * O(1).
 *
 * @param <E> the element type
 */
public final class RingDeque<E> {
    private static final int INITIAL_CAPACITY = 8;

    private Object[] slots = new Object[INITIAL_CAPACITY];
    /** The slot of the first element. */
    private int head;
    private int size;

    /** An empty deque. */
    public RingDeque() {
    }

    /** Adds {@code element} before the first element. */
    public void addFirst(E element) {
        Objects.requireNonNull(element, "element must not be null");
        growIfFull();
        head = wrap(head - 1);
        slots[head] = element;
        size++;
    }

    /** Adds {@code element} after the last element. */
    public void addLast(E element) {
        Objects.requireNonNull(element, "element must not be null");
        growIfFull();
        slots[wrap(head + size)] = element;
        size++;
    }

    /** Removes and returns the first element, or returns null when the deque is empty. */
    public E pollFirst() {
        if (size == 0) {
            return null;
        }
        E first = elementAt(head);
        slots[head] = null;
        head = wrap(head + 1);
        size--;
        return first;
    }

    /** Removes and returns the last element, or returns null when the deque is empty. */
    public E pollLast() {
        if (size == 0) {
            return null;
        }
        int tail = wrap(head + size - 1);
        E last = elementAt(tail);
        slots[tail] = null;
        size--;
        return last;
    }

    /** The first element, or null when the deque is empty; the deque is unchanged. */
    public E peekFirst() {
        return size == 0 ? null : elementAt(head);
    }

    /** The last element, or null when the deque is empty; the deque is unchanged. */
    public E peekLast() {
        return size == 0 ? null : elementAt(wrap(head + size - 1));
    }

    /** The element at {@code index}, counting from the first element (index 0). */
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for size " + size);
        }
        return elementAt(wrap(head + index));
    }

    /** How many elements the deque holds. */
    public int size() {
        return size;
    }

    /** True when the deque holds no element. */
    public boolean isEmpty() {
        return size == 0;
    }

    private int wrap(int index) {
        return index & (slots.length - 1);
    }

    /**
     * Doubles a full buffer. The elements run from head to the array's end, then from slot 0 up to head; both
     * runs are copied, in that order, to the start of the new array.
     */
    private void growIfFull() {
        if (size < slots.length) {
            return;
        }
        Object[] doubled = new Object[slots.length * 2];
        int headRun = slots.length - head;
        System.arraycopy(slots, head, doubled, 0, headRun);
        System.arraycopy(slots, 0, doubled, headRun, head);
        slots = doubled;
        head = 0;
    }

    @SuppressWarnings("unchecked")
    private E elementAt(int slot) {
        return (E) slots[slot];
    }
}
