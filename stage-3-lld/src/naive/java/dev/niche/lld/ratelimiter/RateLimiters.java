package dev.niche.lld.ratelimiter;

import java.time.Duration;
import java.util.Objects;

/**
 * Naive variant: the factories return settings, not limiters, and one rate limiter class runs every algorithm
 * with a switch. Correct and thread-safe for the four built-in algorithms; a fifth means editing the switch.
 */
public final class RateLimiters {
    private static final int MAX_LIMIT = 100_000;

    private RateLimiters() {
    }

    /** Which algorithm a {@link Settings} asks for. */
    enum Algorithm { TOKEN_BUCKET, FIXED_WINDOW, SLIDING_LOG, SLIDING_COUNTER }

    /** An algorithm and its two numbers; {@link SwitchingRateLimiter} does the work. */
    record Settings(Algorithm algorithm, int limit, long nanos) implements Limiter {
        @Override
        public boolean tryAcquire(long nowNanos) {
            throw new IllegalStateException("settings only: pass them to RateLimiters.perKey");
        }
    }

    public static Limiter tokenBucket(int capacity, Duration refillPeriod) {
        return settings(Algorithm.TOKEN_BUCKET, "capacity", capacity, "refillPeriod", refillPeriod);
    }

    public static Limiter fixedWindow(int limit, Duration window) {
        return settings(Algorithm.FIXED_WINDOW, "limit", limit, "window", window);
    }

    public static Limiter slidingLog(int limit, Duration window) {
        return settings(Algorithm.SLIDING_LOG, "limit", limit, "window", window);
    }

    public static Limiter slidingCounter(int limit, Duration window) {
        return settings(Algorithm.SLIDING_COUNTER, "limit", limit, "window", window);
    }

    public static RateLimiter perKey(NanoClock clock, Policy policy) {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(policy, "policy");
        return new SwitchingRateLimiter(clock, policy);
    }

    private static Settings settings(Algorithm algorithm, String limitName, int limit, String timeName,
            Duration time) {
        Objects.requireNonNull(time, timeName);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(limitName + " must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
        if (time.isNegative() || time.isZero() || time.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(timeName + " must be positive and at most one day, was " + time);
        }
        return new Settings(algorithm, limit, time.toNanos());
    }
}
