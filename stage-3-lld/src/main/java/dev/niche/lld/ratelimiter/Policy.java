package dev.niche.lld.ratelimiter;

/**
 * Chooses the algorithm and limits of a key the rate limiter sees for the first time. Given code: do not change
 * this interface. For example: {@code key -> key.startsWith("paid:") ? RateLimiters.tokenBucket(20,
 * Duration.ofMillis(100)) : RateLimiters.fixedWindow(5, Duration.ofSeconds(1))}.
 */
@FunctionalInterface
public interface Policy {
    /** A new limiter, used from now on for {@code key} and for no other key. */
    Limiter newLimiterFor(String key);
}
