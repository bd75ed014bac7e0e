package dev.niche.foundations.binaryheap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Naive variant: correct results, wrong costs. Two mistakes learners make: heapify pushes the items one by
 * one (O(n log n) comparisons when each new item must rise to the root), and pop restores the heap by
 * re-heapifying the whole array (O(n) per pop) instead of sifting one element down.
 */
public final class BinaryHeap<T> {
    private final Comparator<? super T> order;
    private final List<T> elements = new ArrayList<>();

    public BinaryHeap(Comparator<? super T> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
    }

    public static <T> BinaryHeap<T> heapify(Collection<? extends T> items, Comparator<? super T> order) {
        Objects.requireNonNull(items, "items must not be null");
        BinaryHeap<T> heap = new BinaryHeap<>(order);
        for (T item : items) {
            heap.push(Objects.requireNonNull(item, "items must not contain null"));
        }
        return heap;
    }

    public void push(T item) {
        elements.add(Objects.requireNonNull(item, "item must not be null"));
        int i = elements.size() - 1;
        while (i > 0 && order.compare(elements.get(i), elements.get((i - 1) / 2)) < 0) {
            Collections.swap(elements, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    public T peek() {
        if (elements.isEmpty()) {
            throw new NoSuchElementException("peek on an empty heap");
        }
        return elements.get(0);
    }

    public T pop() {
        if (elements.isEmpty()) {
            throw new NoSuchElementException("pop on an empty heap");
        }
        T first = elements.get(0);
        T last = elements.remove(elements.size() - 1);
        if (!elements.isEmpty()) {
            elements.set(0, last);
            for (int parent = elements.size() / 2 - 1; parent >= 0; parent--) {
                sink(parent);
            }
        }
        return first;
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }

    private void sink(int i) {
        while (2 * i + 1 < elements.size()) {
            int child = 2 * i + 1;
            if (child + 1 < elements.size() && order.compare(elements.get(child + 1), elements.get(child)) < 0) {
                child++;
            }
            if (order.compare(elements.get(i), elements.get(child)) <= 0) {
                return;
            }
            Collections.swap(elements, i, child);
            i = child;
        }
    }
}
