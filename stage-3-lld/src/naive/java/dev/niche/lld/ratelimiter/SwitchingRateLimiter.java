package dev.niche.lld.ratelimiter;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Naive variant: every key's state for every algorithm in one class, one lock, one switch. */
final class SwitchingRateLimiter implements RateLimiter {
    private final NanoClock clock;
    private final Policy policy;
    private final Map<String, KeyState> states = new HashMap<>();

    SwitchingRateLimiter(NanoClock clock, Policy policy) {
        this.clock = clock;
        this.policy = policy;
    }

    /** The fields of all four algorithms; each key uses the ones its settings need. */
    private static final class KeyState {
        final RateLimiters.Settings settings;
        long origin;
        long latest = -1;
        long tokens;
        long refills;
        long window;
        long count;
        long previous;
        final ArrayDeque<Long> log = new ArrayDeque<>();

        KeyState(RateLimiters.Settings settings) {
            this.settings = settings;
            this.tokens = settings.limit();
        }
    }

    @Override
    public synchronized boolean tryAcquire(String key) {
        Objects.requireNonNull(key, "key");
        KeyState s = states.computeIfAbsent(key, k -> new KeyState(settingsFor(k)));
        long now = clock.nanoTime();
        if (s.latest < 0) {
            s.origin = now;
        }
        s.latest = Math.max(s.latest, now - s.origin);
        long t = s.latest;
        long limit = s.settings.limit();
        long w = s.settings.nanos();
        switch (s.settings.algorithm()) {
            case TOKEN_BUCKET:
                s.tokens = Math.min(limit, s.tokens + t / w - s.refills);
                s.refills = t / w;
                if (s.tokens == 0) {
                    return false;
                }
                s.tokens--;
                return true;
            case FIXED_WINDOW:
                if (t / w != s.window) {
                    s.window = t / w;
                    s.count = 0;
                }
                if (s.count == limit) {
                    return false;
                }
                s.count++;
                return true;
            case SLIDING_LOG:
                while (!s.log.isEmpty() && s.log.peekFirst() <= t - w) {
                    s.log.pollFirst();
                }
                if (s.log.size() == limit) {
                    return false;
                }
                s.log.addLast(t);
                return true;
            case SLIDING_COUNTER:
                if (t / w != s.window) {
                    s.previous = t / w == s.window + 1 ? s.count : 0;
                    s.count = 0;
                    s.window = t / w;
                }
                if (s.previous * (w - (t - s.window * w)) >= (limit - s.count) * w) {
                    return false;
                }
                s.count++;
                return true;
            default:
                throw new IllegalStateException("unknown algorithm " + s.settings.algorithm());
        }
    }

    private RateLimiters.Settings settingsFor(String key) {
        Limiter chosen = Objects.requireNonNull(policy.newLimiterFor(key), "the policy gave no limiter for key " + key);
        if (chosen instanceof RateLimiters.Settings settings) {
            return settings;
        }
        throw new IllegalArgumentException("unsupported limiter for key " + key + ": " + chosen);
    }
}
