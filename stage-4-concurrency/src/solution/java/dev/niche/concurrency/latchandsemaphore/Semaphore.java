package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A number of permits that threads take and give back, to let at most that many threads into a section at
 * once.
 *
 * <p>Checking for a free permit and taking it happen under one hold of the lock: split in two, two threads
 * could both see the last permit and both take it. Waiters wait on one condition, "a permit is free", and a
 * release frees exactly one permit, so {@code signal} (wake one) is enough; a waiter that wakes and finds the
 * permit already taken by a newcomer simply waits again (the semaphore is not fair). The blocking calls take
 * the lock interruptibly, so an interrupted thread leaves without a permit.
 */
public class Semaphore {
    private int permits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition permitFree = lock.newCondition();

    /**
     * A semaphore with {@code permits} free permits.
     *
     * @throws IllegalArgumentException if {@code permits < 0} (the message names {@code permits})
     */
    public Semaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative, was " + permits);
        }
        this.permits = permits;
    }

    /**
     * Takes a permit, waiting while none is free.
     *
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     */
    public void acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (permits == 0) {
                permitFree.await();
            }
            permits--;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a permit if one is free now; never waits.
     *
     * @return true if a permit was taken
     */
    public boolean tryAcquire() {
        lock.lock();
        try {
            if (permits == 0) {
                return false;
            }
            permits--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a permit if one becomes free within {@code timeout}.
     *
     * @return true if a permit was taken, false if none was free for the whole timeout
     * @throws InterruptedException if interrupted before or while waiting; no permit is taken then
     */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (permits == 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = permitFree.awaitNanos(nanos);
            }
            permits--;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back one permit, and lets a thread waiting for one go on. */
    public void release() {
        lock.lock();
        try {
            permits++;
            permitFree.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The number of free permits at this moment. */
    public int availablePermits() {
        lock.lock();
        try {
            return permits;
        } finally {
            lock.unlock();
        }
    }
}
