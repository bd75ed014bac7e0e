package dev.niche.lld.parkinglot;

import java.time.Instant;
import java.time.InstantSource;

/**
 * Reference: the injected clock, read through a guard. A stay that ends before it starts would be priced
 * nonsense, so an instant earlier than the latest one seen is refused before anything changes.
 */
final class ForwardClock {
    private final InstantSource source;
    private Instant latest = Instant.MIN;

    ForwardClock(InstantSource source) {
        this.source = source;
    }

    Instant now() {
        Instant now = source.instant();
        if (now.isBefore(latest)) {
            throw new IllegalStateException("the clock went backwards: it read " + now + " after " + latest);
        }
        latest = now;
        return now;
    }
}
