package dev.niche.concurrency.boundedqueue;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A first-in, first-out queue with room for a fixed number of elements, shared by producer and consumer
 * threads.
 *
 * <p>One lock guards a ring buffer ({@code items}, {@code head}, {@code count}), so every change and every
 * reading of the size happens in one piece. Two conditions of that lock separate the two kinds of waiter:
 * producers wait on {@code notFull}, consumers on {@code notEmpty}. A put signals {@code notEmpty} and a take
 * signals {@code notFull}, so a signal always goes to a thread that can use it, and one signal per change is
 * enough. With a single wait set, a producer's signal could wake another producer and be lost.
 *
 * <p>Every wait sits in a {@code while} loop: a woken thread must look again, because another thread may
 * have taken the free slot (or the element) first, and because a wait may end spuriously. The blocking calls
 * take the lock interruptibly, so an interrupted thread leaves without changing the queue.
 *
 * @param <E> the element type
 */
public class BoundedQueue<E> {
    private final Object[] items;
    private int head;
    private int count;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();

    /**
     * An empty queue with room for {@code capacity} elements.
     *
     * @throws IllegalArgumentException if {@code capacity < 1} (the message names {@code capacity})
     */
    public BoundedQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        items = new Object[capacity];
    }

    /**
     * Adds {@code element} at the tail, waiting while the queue is full.
     *
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     * @throws InterruptedException if interrupted before or while waiting; nothing is added then
     */
    public void put(E element) throws InterruptedException {
        Objects.requireNonNull(element, "element");
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                notFull.await();
            }
            enqueue(element);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes and returns the head, waiting while the queue is empty.
     *
     * @throws InterruptedException if interrupted before or while waiting; nothing is removed then
     */
    public E take() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds {@code element} at the tail if there is room within {@code timeout}.
     *
     * @return true if the element was added, false if the queue stayed full for the whole timeout
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     * @throws InterruptedException if interrupted before or while waiting; nothing is added then
     */
    public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        Objects.requireNonNull(element, "element");
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == items.length) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = notFull.awaitNanos(nanos);
            }
            enqueue(element);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes and returns the head if an element arrives within {@code timeout}.
     *
     * @return the head, or null if the queue stayed empty for the whole timeout
     * @throws InterruptedException if interrupted before or while waiting; nothing is removed then
     */
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (count == 0) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = notEmpty.awaitNanos(nanos);
            }
            return dequeue();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Adds {@code element} at the tail if there is room now; never waits.
     *
     * @return true if added, false if the queue is full
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     */
    public boolean offer(E element) {
        Objects.requireNonNull(element, "element");
        lock.lock();
        try {
            if (count == items.length) {
                return false;
            }
            enqueue(element);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes and returns the head if there is one now; never waits.
     *
     * @return the head, or null if the queue is empty
     */
    public E poll() {
        lock.lock();
        try {
            return count == 0 ? null : dequeue();
        } finally {
            lock.unlock();
        }
    }

    /** The number of elements in the queue at this moment: between 0 and {@link #capacity()}. */
    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** The most elements the queue holds, as given to the constructor. */
    public int capacity() {
        return items.length;
    }

    /** Called with the lock held and a free slot: stores at the tail and wakes one consumer. */
    private void enqueue(E element) {
        items[(head + count) % items.length] = element;
        count++;
        notEmpty.signal();
    }

    /** Called with the lock held and an element present: clears the head slot and wakes one producer. */
    private E dequeue() {
        @SuppressWarnings("unchecked")
        E element = (E) items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notFull.signal();
        return element;
    }
}
