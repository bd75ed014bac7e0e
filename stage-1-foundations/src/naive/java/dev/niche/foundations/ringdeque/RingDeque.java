package dev.niche.foundations.ringdeque;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Naive variant: an array list with the first element always at index 0. Every answer is right, but
 * {@code addFirst} and {@code pollFirst} move every other element one slot: O(n) each, instead of O(1).
 */
public final class RingDeque<E> {
    private final List<E> elements = new ArrayList<>();

    public RingDeque() {
    }

    public void addFirst(E element) {
        elements.add(0, Objects.requireNonNull(element, "element must not be null"));
    }

    public void addLast(E element) {
        elements.add(Objects.requireNonNull(element, "element must not be null"));
    }

    public E pollFirst() {
        return elements.isEmpty() ? null : elements.remove(0);
    }

    public E pollLast() {
        return elements.isEmpty() ? null : elements.remove(elements.size() - 1);
    }

    public E peekFirst() {
        return elements.isEmpty() ? null : elements.get(0);
    }

    public E peekLast() {
        return elements.isEmpty() ? null : elements.get(elements.size() - 1);
    }

    public E get(int index) {
        if (index < 0 || index >= elements.size()) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for size " + elements.size());
        }
        return elements.get(index);
    }

    public int size() {
        return elements.size();
    }

    public boolean isEmpty() {
        return elements.isEmpty();
    }
}
