package dev.niche.lld.parkinglot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Reference: a decorator. It wraps any policy, the tests' own included, and knows nothing about it but its
 * interface.
 */
final class DailyCap implements PricingPolicy {
    private static final Duration DAY = Duration.ofHours(24);

    private final PricingPolicy base;
    private final long cap;

    DailyCap(PricingPolicy base, long cap) {
        this.base = Objects.requireNonNull(base, "base");
        if (cap < 0) {
            throw new IllegalArgumentException("cap must be at least 0, was " + cap);
        }
        this.cap = cap;
    }

    @Override
    public long fee(Stay stay) {
        long total = 0;
        Instant start = stay.entered();
        do {
            Instant end = min(start.plus(DAY), stay.left());
            total += Math.min(cap, base.fee(new Stay(stay.spot(), start, end)));
            start = end;
        } while (start.isBefore(stay.left()));
        return total;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
