package dev.niche.foundations.binaryheap;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A binary heap: a priority queue stored in an array, where the element at index i is never after its
 * children at 2i+1 and 2i+2 in the given order. The first element in that order is always at index 0.
 *
 * <p>Reference solution. {@link #heapify} sifts down every parent from the last one up: half the nodes are
 * leaves and cost nothing, a quarter sink at most one level, an eighth two, and so on, which sums to less than
 * n swaps and 2n comparisons.
 *
 * @param <T> the element type
 */
public final class BinaryHeap<T> {
    private static final int INITIAL_CAPACITY = 8;

    private final Comparator<? super T> order;
    private Object[] elements;
    private int size;

    /** An empty heap ordered by {@code order}. */
    public BinaryHeap(Comparator<? super T> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
        this.elements = new Object[INITIAL_CAPACITY];
    }

    /** A heap holding every item of {@code items}, built in O(n) (bottom-up), ordered by {@code order}. */
    public static <T> BinaryHeap<T> heapify(Collection<? extends T> items, Comparator<? super T> order) {
        Objects.requireNonNull(items, "items must not be null");
        BinaryHeap<T> heap = new BinaryHeap<>(order);
        Object[] copy = items.toArray();
        for (Object item : copy) {
            Objects.requireNonNull(item, "items must not contain null");
        }
        heap.elements = Arrays.copyOf(copy, Math.max(INITIAL_CAPACITY, copy.length));
        heap.size = copy.length;
        for (int parent = heap.size / 2 - 1; parent >= 0; parent--) {
            heap.siftDown(parent);
        }
        return heap;
    }

    /** Adds {@code item}: append it, then sift it up. */
    public void push(T item) {
        Objects.requireNonNull(item, "item must not be null");
        if (size == elements.length) {
            elements = Arrays.copyOf(elements, elements.length * 2);
        }
        elements[size] = item;
        siftUp(size);
        size++;
    }

    /** The first element in the heap's order, without removing it. */
    public T peek() {
        if (size == 0) {
            throw new NoSuchElementException("peek on an empty heap");
        }
        return at(0);
    }

    /** Removes and returns the first element in the heap's order. */
    public T pop() {
        if (size == 0) {
            throw new NoSuchElementException("pop on an empty heap");
        }
        T first = at(0);
        size--;
        elements[0] = elements[size];
        elements[size] = null;
        if (size > 0) {
            siftDown(0);
        }
        return first;
    }

    /** How many elements the heap holds. */
    public int size() {
        return size;
    }

    /** True when the heap holds nothing. */
    public boolean isEmpty() {
        return size == 0;
    }

    private void siftUp(int index) {
        T item = at(index);
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (order.compare(item, at(parent)) >= 0) {
                break;
            }
            elements[index] = elements[parent];
            index = parent;
        }
        elements[index] = item;
    }

    private void siftDown(int index) {
        T item = at(index);
        int half = size / 2;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < size && order.compare(at(right), at(child)) < 0) {
                child = right;
            }
            if (order.compare(item, at(child)) <= 0) {
                break;
            }
            elements[index] = elements[child];
            index = child;
        }
        elements[index] = item;
    }

    @SuppressWarnings("unchecked")
    private T at(int index) {
        return (T) elements[index];
    }
}
