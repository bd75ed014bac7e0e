package dev.niche.lld.parkinglot;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reference: the composition root. It is the one place that names the concrete classes and wires them; the lot
 * itself sees only {@link PricingPolicy}, {@link Vehicle} and {@link InstantSource}.
 */
public final class ParkingLots {
    private ParkingLots() {
    }

    public static ParkingLot open(List<Spot> spots, PricingPolicy pricing, InstantSource clock) {
        Objects.requireNonNull(spots, "spots");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(clock, "clock");
        return new Lot(new FreeSpots(spots), pricing, new ForwardClock(clock));
    }

    public static PricingPolicy perStartedHour(Map<SpotSize, Long> centsPerHour) {
        return new HourlyRates(centsPerHour);
    }

    public static PricingPolicy dailyCap(PricingPolicy base, long cap) {
        return new DailyCap(base, cap);
    }
}
