package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;

/**
 * A number of permits that threads take and give back, to let at most that many threads into a section at
 * once.
 *
 * <p><b>Thread safety:</b> any number of threads may acquire and release at once. A permit is never handed to
 * two threads, never lost, and the number of free permits never goes below zero. Every release adds one permit
 * (also one that was never acquired: like {@code java.util.concurrent.Semaphore}, the semaphore does not track
 * owners). It is not fair: a thread that arrives late may get a permit before one that has waited long.
 *
 * <p><b>Blocking:</b> {@link #acquire()} waits while no permit is free; {@link #tryAcquire(long, TimeUnit)}
 * waits at most the given time; {@link #tryAcquire()} never waits. A waiting thread must not use the processor
 * (no spinning), and it must wake up once a permit is free for it.
 *
 * <p><b>Interruption:</b> a thread interrupted before or while it waits gets {@link InterruptedException} and
 * takes no permit.
 *
 * <p><b>Bad input:</b> a negative number of permits throws {@link IllegalArgumentException} with a message
 * naming {@code permits}.
 */
public class Semaphore {

    /**
     * A semaphore with {@code permits} free permits.
     *
     * @throws IllegalArgumentException if {@code permits < 0} (the message names {@code permits})
     */
    public Semaphore(int permits) {
        throw new UnsupportedOperationException("TODO: check the number of permits and keep it");
    }

    /**
     * Takes a permit, waiting while none is free.
     *
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     */
    public void acquire() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: under one lock, wait while no permit is free, then take one");
    }

    /**
     * Takes a permit if one is free now; never waits.
     *
     * @return true if a permit was taken
     */
    public boolean tryAcquire() {
        throw new UnsupportedOperationException("TODO: under one lock, take a permit if one is free");
    }

    /**
     * Takes a permit if one becomes free within {@code timeout}.
     *
     * @return true if a permit was taken, false if none was free for the whole timeout
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: as acquire(), but give up and return false when the time is up");
    }

    /** Gives back one permit, and lets a thread waiting for one go on. */
    public void release() {
        throw new UnsupportedOperationException("TODO: add a permit under the lock and wake a waiter");
    }

    /** The number of free permits at this moment. */
    public int availablePermits() {
        throw new UnsupportedOperationException("TODO: read the permits under the lock");
    }
}
