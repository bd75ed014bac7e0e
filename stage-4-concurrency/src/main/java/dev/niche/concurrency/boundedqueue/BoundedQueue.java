package dev.niche.concurrency.boundedqueue;

import java.util.concurrent.TimeUnit;

/**
 * A first-in, first-out queue with room for a fixed number of elements, shared by producer and consumer
 * threads.
 *
 * <p><b>Thread safety:</b> every method may be called by any number of threads at once. Each element put is
 * taken exactly once, and elements leave in the order they entered; so the elements of one producer reach
 * any one consumer in the order that producer put them.
 *
 * <p><b>Blocking:</b> {@link #put} waits while the queue is full and {@link #take} waits while it is empty.
 * The timed {@link #offer(Object, long, TimeUnit)} and {@link #poll(long, TimeUnit)} wait at most the given
 * time, then give up. {@link #offer(Object)} and {@link #poll()} never wait. A waiting thread must not use
 * the processor (no spinning), and it must wake up once its call can succeed.
 *
 * <p><b>Interruption:</b> a call that waits throws {@link InterruptedException} if its thread is interrupted
 * before or while it waits; the queue is then exactly as if the call had never been made (nothing added,
 * nothing removed).
 *
 * <p><b>Bad input:</b> a {@code null} element throws {@link NullPointerException} with a message naming
 * {@code element}; a capacity below 1 throws {@link IllegalArgumentException} with a message naming
 * {@code capacity}.
 *
 * @param <E> the element type
 */
public class BoundedQueue<E> {

    /**
     * An empty queue with room for {@code capacity} elements.
     *
     * @throws IllegalArgumentException if {@code capacity < 1} (the message names {@code capacity})
     */
    public BoundedQueue(int capacity) {
        throw new UnsupportedOperationException("TODO: check the capacity; set up the storage, the lock, the wait conditions");
    }

    /**
     * Adds {@code element} at the tail, waiting while the queue is full.
     *
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     * @throws InterruptedException if interrupted before or while waiting; nothing is added then
     */
    public void put(E element) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait while full, add at the tail, wake a waiting consumer");
    }

    /**
     * Removes and returns the head, waiting while the queue is empty.
     *
     * @throws InterruptedException if interrupted before or while waiting; nothing is removed then
     */
    public E take() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait while empty, remove the head, wake a waiting producer");
    }

    /**
     * Adds {@code element} at the tail if there is room within {@code timeout}.
     *
     * @return true if the element was added, false if the queue stayed full for the whole timeout
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     * @throws InterruptedException if interrupted before or while waiting; nothing is added then
     */
    public boolean offer(E element, long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: as put, but give up and return false when the time is up");
    }

    /**
     * Removes and returns the head if an element arrives within {@code timeout}.
     *
     * @return the head, or null if the queue stayed empty for the whole timeout
     * @throws InterruptedException if interrupted before or while waiting; nothing is removed then
     */
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: as take, but give up and return null when the time is up");
    }

    /**
     * Adds {@code element} at the tail if there is room now; never waits.
     *
     * @return true if added, false if the queue is full
     * @throws NullPointerException if {@code element} is null (the message names {@code element})
     */
    public boolean offer(E element) {
        throw new UnsupportedOperationException("TODO: add at the tail if there is room, without waiting");
    }

    /**
     * Removes and returns the head if there is one now; never waits.
     *
     * @return the head, or null if the queue is empty
     */
    public E poll() {
        throw new UnsupportedOperationException("TODO: remove the head if there is one, without waiting");
    }

    /** The number of elements in the queue at this moment: between 0 and {@link #capacity()}. */
    public int size() {
        throw new UnsupportedOperationException("TODO: count the elements, under the same lock as the changes");
    }

    /** The most elements the queue holds, as given to the constructor. */
    public int capacity() {
        throw new UnsupportedOperationException("TODO: return the capacity");
    }
}
