package dev.niche.foundations.binaryheap;

import java.util.Collection;
import java.util.Comparator;

/**
 * A binary heap: a priority queue stored in an array, where the element at index i is never after its
 * children at 2i+1 and 2i+2 in the given order. The first element in that order is always at index 0.
 *
 * <p>The order is a {@link Comparator}: pass {@code Comparator.naturalOrder()} for a min-heap and
 * {@code Comparator.reverseOrder()} for a max-heap. Elements that compare equal may come out in any order.
 *
 * <h2>Required complexity (n = size)</h2>
 * <ul>
 *   <li>{@link #push} and {@link #pop}: O(log n) time, at most about 2 log2 n comparisons;</li>
 *   <li>{@link #peek}, {@link #size}: O(1);</li>
 *   <li>{@link #heapify}: O(n) time and at most 2n comparisons, which rules out pushing the items one by
 *       one (that costs O(n log n) comparisons on unlucky input);</li>
 *   <li>space: the array, O(n); no other structure.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * A null comparator, collection or element is rejected with a {@link NullPointerException} whose message
 * names the argument. {@link #peek} and {@link #pop} on an empty heap throw
 * {@link java.util.NoSuchElementException}.
 *
 * @param <T> the element type
 */
public final class BinaryHeap<T> {

    /** An empty heap ordered by {@code order}. */
    public BinaryHeap(Comparator<? super T> order) {
        throw new UnsupportedOperationException("TODO: keep the order and an empty array to grow into");
    }

    /** A heap holding every item of {@code items}, built in O(n) (bottom-up), ordered by {@code order}. */
    public static <T> BinaryHeap<T> heapify(Collection<? extends T> items, Comparator<? super T> order) {
        throw new UnsupportedOperationException("TODO: copy the items, then sift down every parent from the last one up");
    }

    /** Adds {@code item}: append it, then sift it up. */
    public void push(T item) {
        throw new UnsupportedOperationException("TODO: append the item and sift it up");
    }

    /** The first element in the heap's order, without removing it. */
    public T peek() {
        throw new UnsupportedOperationException("TODO: return the root");
    }

    /** Removes and returns the first element in the heap's order. */
    public T pop() {
        throw new UnsupportedOperationException("TODO: move the last element to the root and sift it down");
    }

    /** How many elements the heap holds. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return the number of elements");
    }

    /** True when the heap holds nothing. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO: size() == 0");
    }
}
