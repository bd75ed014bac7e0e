package dev.niche.concurrency.boundedqueue;

import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A first-in, first-out queue with room for a fixed number of elements, shared by producer and consumer
 * threads.
 *
 * <p>Naive variant: one monitor, one wait set, and {@code notify()}. Producers waiting for room and consumers
 * waiting for an element sleep in the same wait set, and {@code notify()} wakes just one of them, any one. When
 * a consumer's notify wakes another consumer (or a producer's wakes a producer), that thread finds nothing to
 * do and waits again, and the wake-up meant for the other side is lost. With more waiting threads than slots,
 * sooner or later every thread waits and nobody is left to notify.
 *
 * @param <E> the element type
 */
public class BoundedQueue<E> {
    private final Object[] items;
    private int head;
    private int count;

    public BoundedQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        items = new Object[capacity];
    }

    public synchronized void put(E element) throws InterruptedException {
        Objects.requireNonNull(element, "element");
        while (count == items.length) {
            wait();
        }
        enqueue(element);
    }

    public synchronized E take() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        return dequeue();
    }

    public synchronized boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(element, "element");
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count == items.length) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        enqueue(element);
        return true;
    }

    public synchronized E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return dequeue();
    }

    public synchronized boolean offer(E element) {
        Objects.requireNonNull(element, "element");
        if (count == items.length) {
            return false;
        }
        enqueue(element);
        return true;
    }

    public synchronized E poll() {
        return count == 0 ? null : dequeue();
    }

    public synchronized int size() {
        return count;
    }

    public int capacity() {
        return items.length;
    }

    private void enqueue(E element) {
        items[(head + count) % items.length] = element;
        count++;
        notify();
    }

    private E dequeue() {
        @SuppressWarnings("unchecked")
        E element = (E) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notify();
        return element;
    }
}
