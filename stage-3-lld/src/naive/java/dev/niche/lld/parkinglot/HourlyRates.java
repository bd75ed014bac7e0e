package dev.niche.lld.parkinglot;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Naive: a bag of rates; the manager does the arithmetic. */
record HourlyRates(Map<SpotSize, Long> centsPerHour) implements PricingPolicy {
    HourlyRates {
        Objects.requireNonNull(centsPerHour, "centsPerHour");
        Map<SpotSize, Long> rates = new EnumMap<>(SpotSize.class);
        for (SpotSize size : SpotSize.values()) {
            Long rate = centsPerHour.get(size);
            if (rate == null || rate < 0) {
                throw new IllegalArgumentException("centsPerHour needs a rate of at least 0 for " + size);
            }
            rates.put(size, rate);
        }
        centsPerHour = rates;
    }

    @Override
    public long fee(Stay stay) {
        return ParkingLotManager.price(this, stay);
    }
}
