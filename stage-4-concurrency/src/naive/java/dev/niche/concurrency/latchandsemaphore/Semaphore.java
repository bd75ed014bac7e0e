package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;

/**
 * A number of permits that threads take and give back.
 *
 * <p>Naive variant: check-then-act across a wait. {@link #acquire()} checks for a free permit once, with
 * {@code if}, and after waking it takes a permit without checking again. But between the {@code notify} that
 * woke it and the moment it holds the monitor again, a newcomer's {@code tryAcquire} (or a fresh
 * {@code acquire} that found the permit free) may have taken that very permit: the count drops below zero and
 * one thread too many is inside. One thread alone never notices.
 */
public class Semaphore {
    private int permits;

    public Semaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("permits must not be negative, was " + permits);
        }
        this.permits = permits;
    }

    public synchronized void acquire() throws InterruptedException {
        if (permits == 0) {
            wait();
        }
        permits--;
    }

    public synchronized boolean tryAcquire() {
        if (permits == 0) {
            return false;
        }
        permits--;
        return true;
    }

    public synchronized boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        if (permits == 0) {
            unit.timedWait(this, timeout);
            if (permits == 0) {
                return false;
            }
        }
        permits--;
        return true;
    }

    public synchronized void release() {
        permits++;
        notify();
    }

    public synchronized int availablePermits() {
        return permits;
    }
}
