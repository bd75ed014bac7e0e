package dev.niche.lld.ratelimiter;

/**
 * A limiter's own time: nanoseconds since the first call it saw, never going backwards. Two threads may read
 * the clock in one order and reach the limiter in the other; the later arrival then counts as no time passing.
 * Not thread-safe: each limiter calls it under its own lock.
 */
final class Timeline {
    private long origin;
    private long latest = -1;

    /** The time of a call made at {@code nowNanos}, since the first call, at least the latest seen so far. */
    long elapsed(long nowNanos) {
        if (latest < 0) {
            origin = nowNanos;
        }
        latest = Math.max(latest, nowNanos - origin);
        return latest;
    }
}
