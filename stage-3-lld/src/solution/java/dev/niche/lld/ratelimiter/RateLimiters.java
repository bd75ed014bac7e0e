package dev.niche.lld.ratelimiter;

import java.time.Duration;
import java.util.Objects;

/**
 * The composition root: the only class that names the concrete algorithms. Each factory checks its settings
 * and returns a fresh limiter; {@link #perKey} wires the clock and the policy into the keyed limiter.
 */
public final class RateLimiters {
    private static final int MAX_LIMIT = 100_000;
    private static final Duration MAX_WINDOW = Duration.ofDays(1);

    private RateLimiters() {
    }

    /** A token bucket that starts with {@code capacity} tokens and gains one every {@code refillPeriod}. */
    public static Limiter tokenBucket(int capacity, Duration refillPeriod) {
        return new TokenBucket(limit("capacity", capacity), nanos("refillPeriod", refillPeriod));
    }

    /** At most {@code limit} grants in each fixed window of length {@code window}. */
    public static Limiter fixedWindow(int limit, Duration window) {
        return new FixedWindow(limit("limit", limit), nanos("window", window));
    }

    /** At most {@code limit} grants in any span of length {@code window}: a log of the recent grant times. */
    public static Limiter slidingLog(int limit, Duration window) {
        return new SlidingLog(limit("limit", limit), nanos("window", window));
    }

    /** The sliding log's estimate from two fixed-window counters. */
    public static Limiter slidingCounter(int limit, Duration window) {
        return new SlidingCounter(limit("limit", limit), nanos("window", window));
    }

    /** A thread-safe rate limiter that gives each key the limiter {@code policy} chooses for it. */
    public static RateLimiter perKey(NanoClock clock, Policy policy) {
        return new KeyedRateLimiter(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(policy, "policy"));
    }

    private static int limit(String name, int value) {
        if (value < 1 || value > MAX_LIMIT) {
            throw new IllegalArgumentException(name + " must be 1 to " + MAX_LIMIT + ", was " + value);
        }
        return value;
    }

    private static long nanos(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most one day, was " + value);
        }
        return value.toNanos();
    }
}
