package dev.niche.concurrency.latchandsemaphore;

import java.util.concurrent.TimeUnit;

/**
 * A gate that opens once a count, set at construction, has been counted down to zero. It never closes again.
 *
 * <p><b>Thread safety:</b> any number of threads may count down and wait at once. No count-down is lost, the
 * count never goes below zero, and when it reaches zero <em>every</em> waiting thread goes on, however many
 * there are.
 *
 * <p><b>Blocking:</b> {@link #await()} waits while the count is above zero; {@link #await(long, TimeUnit)}
 * waits at most the given time. A waiting thread must not use the processor (no spinning).
 *
 * <p><b>Interruption:</b> a thread interrupted before or while it waits gets {@link InterruptedException};
 * the count is unchanged.
 *
 * <p><b>Bad input:</b> a negative count throws {@link IllegalArgumentException} with a message naming
 * {@code count}.
 */
public class Latch {

    /**
     * A latch that opens after {@code count} count-downs (at once if {@code count} is 0).
     *
     * @throws IllegalArgumentException if {@code count < 0} (the message names {@code count})
     */
    public Latch(int count) {
        throw new UnsupportedOperationException("TODO: check the count and keep it");
    }

    /** Lowers the count by one; at zero, lets every waiting thread go on. At zero already, does nothing. */
    public void countDown() {
        throw new UnsupportedOperationException("TODO: lower the count under the lock; at zero, wake every waiter");
    }

    /**
     * Returns once the count is zero, waiting as long as it takes.
     *
     * @throws InterruptedException if interrupted before or while waiting
     */
    public void await() throws InterruptedException {
        throw new UnsupportedOperationException("TODO: wait while the count is above zero");
    }

    /**
     * Returns once the count is zero, or when {@code timeout} has passed.
     *
     * @return true if the count reached zero, false if the time ran out first
     * @throws InterruptedException if interrupted before or while waiting
     */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        throw new UnsupportedOperationException("TODO: as await(), but give up and return false when the time is up");
    }

    /** The count at this moment: how many count-downs the latch still needs. */
    public int getCount() {
        throw new UnsupportedOperationException("TODO: read the count under the lock");
    }
}
