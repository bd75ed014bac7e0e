package dev.niche.lld.ratelimiter;

/**
 * The extension point: one algorithm's state for one key. Given code: do not change this interface. The tests
 * write limiters of their own, and a rate limiter must use them exactly as it uses yours.
 *
 * <p>Implementations are thread-safe: many threads may call {@link #tryAcquire} on the same limiter at once.
 */
public interface Limiter {
    /**
     * Decides one call made at {@code nowNanos}, a reading of the rate limiter's clock.
     *
     * @return true if the call is granted (and counted), false if it is refused
     */
    boolean tryAcquire(long nowNanos);
}
