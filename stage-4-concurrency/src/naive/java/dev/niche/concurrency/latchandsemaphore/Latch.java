package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;

/**
 * A gate that opens once a count has been counted down to zero.
 *
 * <p>Naive variant: the last count-down calls {@code notify()}, which wakes one waiting thread. With one
 * waiter that is enough, so every single-threaded example passes; with several, the others sleep on behind an
 * open gate, because nobody will ever notify them again.
 */
public class Latch {
    private int count;

    public Latch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        this.count = count;
    }

    public synchronized void countDown() {
        if (count == 0) {
            return;
        }
        count--;
        if (count == 0) {
            notify();
        }
    }

    public synchronized void await() throws InterruptedException {
        while (count > 0) {
            wait();
        }
    }

    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    public synchronized int getCount() {
        return count;
    }
}
