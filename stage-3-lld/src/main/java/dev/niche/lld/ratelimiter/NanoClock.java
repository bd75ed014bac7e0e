package dev.niche.lld.ratelimiter;

/**
 * The time source of a rate limiter, in nanoseconds from an arbitrary origin, like {@link System#nanoTime()}.
 * Given code: do not change it. In production it is {@code System::nanoTime}; the tests pass a clock they move
 * by hand, so nothing ever sleeps.
 */
@FunctionalInterface
public interface NanoClock {
    long nanoTime();
}
