package dev.niche.lld.ratelimiter;

import java.time.Duration;

/**
 * The entry point you fill in: one factory per algorithm and the per-key rate limiter. The package Javadoc
 * holds the brief, the exact rules of each algorithm and the bad-input contract.
 */
public final class RateLimiters {
    private RateLimiters() {
    }

    /** A token bucket that starts with {@code capacity} tokens and gains one every {@code refillPeriod}. */
    public static Limiter tokenBucket(int capacity, Duration refillPeriod) {
        throw new UnsupportedOperationException("TODO: a token bucket behind Limiter");
    }

    /** At most {@code limit} grants in each fixed window of length {@code window}. */
    public static Limiter fixedWindow(int limit, Duration window) {
        throw new UnsupportedOperationException("TODO: a fixed window counter behind Limiter");
    }

    /** At most {@code limit} grants in any span of length {@code window}: a log of the recent grant times. */
    public static Limiter slidingLog(int limit, Duration window) {
        throw new UnsupportedOperationException("TODO: a sliding log behind Limiter");
    }

    /** The sliding log's estimate from two fixed-window counters. */
    public static Limiter slidingCounter(int limit, Duration window) {
        throw new UnsupportedOperationException("TODO: a sliding window counter behind Limiter");
    }

    /** A thread-safe rate limiter that gives each key the limiter {@code policy} chooses for it. */
    public static RateLimiter perKey(NanoClock clock, Policy policy) {
        throw new UnsupportedOperationException("TODO: keep one limiter per key, created by the policy");
    }
}
