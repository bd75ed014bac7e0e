package dev.niche.lld.parkinglot;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/** Naive: hands everything to one manager class that knows every vehicle and every policy by name. */
public final class ParkingLots {
    private ParkingLots() {
    }

    public static ParkingLot open(List<Spot> spots, PricingPolicy pricing, InstantSource clock) {
        return new ParkingLotManager(spots, pricing, clock);
    }

    public static PricingPolicy perStartedHour(Map<SpotSize, Long> centsPerHour) {
        return new HourlyRates(centsPerHour);
    }

    public static PricingPolicy dailyCap(PricingPolicy base, long cap) {
        return new DailyCap(base, cap);
    }
}
