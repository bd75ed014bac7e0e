package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;

/**
 * A gate that opens once a count, set at construction, has been counted down to zero. It never closes again.
 *
 * <p>The object's own monitor is enough: the count is read and changed only while holding it, and all waiters
 * wait for the same thing (a zero count). When the count reaches zero, {@code notifyAll} wakes every one of
 * them; {@code notify} would wake one and leave the rest asleep behind an open gate. Each wait sits in a
 * {@code while} loop, which also covers spurious wake-ups.
 */
public class Latch {
    private int count;

    /**
     * A latch that opens after {@code count} count-downs (at once if {@code count} is 0).
     *
     * @throws IllegalArgumentException if {@code count < 0} (the message names {@code count})
     */
    public Latch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        this.count = count;
    }

    /** Lowers the count by one; at zero, lets every waiting thread go on. At zero already, does nothing. */
    public synchronized void countDown() {
        if (count == 0) {
            return;
        }
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /**
     * Returns once the count is zero, waiting as long as it takes.
     *
     * @throws InterruptedException if interrupted before or while waiting
     */
    public synchronized void await() throws InterruptedException {
        while (count > 0) {
            wait();
        }
    }

    /**
     * Returns once the count is zero, or when {@code timeout} has passed.
     *
     * @return true if the count reached zero, false if the time ran out first
     * @throws InterruptedException if interrupted before or while waiting
     */
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

    /** The count at this moment: how many count-downs the latch still needs. */
    public synchronized int getCount() {
        return count;
    }
}
