package dev.niche.lld.parkinglot;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Reference: a rate per started hour, by spot size. A rate table, not a switch: sizes are data here. */
final class HourlyRates implements PricingPolicy {
    private final Map<SpotSize, Long> centsPerHour = new EnumMap<>(SpotSize.class);

    HourlyRates(Map<SpotSize, Long> centsPerHour) {
        Objects.requireNonNull(centsPerHour, "centsPerHour");
        for (SpotSize size : SpotSize.values()) {
            Long rate = centsPerHour.get(size);
            if (rate == null || rate < 0) {
                throw new IllegalArgumentException("centsPerHour must give " + size + " a rate of at least 0, gave "
                        + rate);
            }
            this.centsPerHour.put(size, rate);
        }
    }

    @Override
    public long fee(Stay stay) {
        return startedHours(stay.duration()) * centsPerHour.get(stay.spot().size());
    }

    private static long startedHours(Duration duration) {
        long whole = duration.toHours();
        return duration.equals(Duration.ofHours(whole)) ? whole : whole + 1;
    }
}
