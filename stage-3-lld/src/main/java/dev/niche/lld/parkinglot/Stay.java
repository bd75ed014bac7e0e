package dev.niche.lld.parkinglot;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What a pricing policy prices: which spot was used, and from when to when. It says nothing about the vehicle,
 * on purpose. Given code: do not change it.
 *
 * @param spot    the spot
 * @param entered the start of the stay
 * @param left    the end of the stay, not before {@code entered}
 */
public record Stay(Spot spot, Instant entered, Instant left) {
    public Stay {
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(entered, "entered");
        Objects.requireNonNull(left, "left");
        if (left.isBefore(entered)) {
            throw new IllegalArgumentException("left (" + left + ") must not be before entered (" + entered + ")");
        }
    }

    /** How long the stay lasted. */
    public Duration duration() {
        return Duration.between(entered, left);
    }
}
