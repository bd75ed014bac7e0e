package dev.niche.lld.parkinglot;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;

/**
 * The entry point and composition root: the tests build every lot and every built-in policy here. Keep these
 * signatures; write the classes they return (the brief is in {@code package-info.java}).
 */
public final class ParkingLots {
    private ParkingLots() {
    }

    /**
     * Opens a lot with these spots, all free, that prices every stay with {@code pricing} and reads the time
     * from {@code clock}.
     */
    public static ParkingLot open(List<Spot> spots, PricingPolicy pricing, InstantSource clock) {
        throw new UnsupportedOperationException("TODO: validate the layout, then build your lot behind ParkingLot");
    }

    /**
     * A rate per started hour that depends on the size of the spot: a stay of 0 costs 0, a stay of up to one
     * hour costs one hour, a stay of one hour and one second costs two hours.
     *
     * @param centsPerHour the rate of every size, at least 0
     */
    public static PricingPolicy perStartedHour(Map<SpotSize, Long> centsPerHour) {
        throw new UnsupportedOperationException("TODO: a PricingPolicy that charges each started hour");
    }

    /**
     * {@code base}, limited to {@code cap} cents per started day: the stay is cut into 24-hour periods from its
     * start (the last one may be shorter), {@code base} prices each period as a stay of its own at the same spot,
     * and each period costs at most {@code cap}.
     *
     * @param cap at least 0
     */
    public static PricingPolicy dailyCap(PricingPolicy base, long cap) {
        throw new UnsupportedOperationException("TODO: a PricingPolicy that caps another one per started day");
    }
}
