package dev.niche.lld.ratelimiter;

/**
 * The facade the gateway calls on every request. Given code: do not change this interface. Get one from
 * {@link RateLimiters#perKey}.
 */
public interface RateLimiter {
    /**
     * Decides one call of {@code key} at the clock's current time.
     *
     * @return true if the call may go ahead (and it is counted), false if it is refused (and costs nothing)
     * @throws NullPointerException if {@code key} is null, or the policy gives it no limiter
     */
    boolean tryAcquire(String key);
}
