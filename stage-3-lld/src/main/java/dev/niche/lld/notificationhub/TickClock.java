package dev.niche.lld.notificationhub;

/**
 * Time for waiting between retries, in ticks. Given code: do not change it. A real clock would sleep in
 * {@link #pause}; the tests' clock only moves its time forward and remembers each pause, so nothing sleeps.
 */
public interface TickClock {
    /** The current tick. */
    long now();

    /** Waits {@code ticks} ticks (at least 1). */
    void pause(long ticks);
}
