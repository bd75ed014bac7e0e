package dev.niche.lld.ratelimiter;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One limiter per key, made by the policy the first time the key calls. It knows nothing about algorithms: it
 * reads the clock and asks the key's {@link Limiter}, so a new algorithm needs no edit here.
 *
 * <p>Thread safety is split in two. {@link ConcurrentMap#computeIfAbsent} makes the policy run once per key,
 * however many threads bring a new key at the same moment, so a key never has two limiters; each limiter then
 * guards its own state. Calls on different keys never wait for each other.
 */
final class KeyedRateLimiter implements RateLimiter {
    private final NanoClock clock;
    private final Policy policy;
    private final ConcurrentMap<String, Limiter> limiters = new ConcurrentHashMap<>();

    KeyedRateLimiter(NanoClock clock, Policy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    @Override
    public boolean tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        Limiter limiter = limiters.computeIfAbsent(key, this::newLimiter);
        return limiter.tryAcquire(clock.nanoTime());
    }

    private Limiter newLimiter(String key) {
        return Objects.requireNonNull(policy.newLimiterFor(key), () -> "the policy gave no limiter for key " + key);
    }
}
