package dev.niche.lld.parkinglot;

import java.util.Objects;

/** Naive: a bag of settings; the manager does the arithmetic. */
record DailyCap(PricingPolicy base, long cap) implements PricingPolicy {
    DailyCap {
        Objects.requireNonNull(base, "base");
        if (cap < 0) {
            throw new IllegalArgumentException("cap must be at least 0, was " + cap);
        }
    }

    @Override
    public long fee(Stay stay) {
        return ParkingLotManager.price(this, stay);
    }
}
