package dev.niche.lld.parkinglot;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reference: the free spots, kept in best-fit order. Allocation asks each candidate's vehicle whether it fits,
 * so the rule for a new kind of vehicle lives in that vehicle, not here.
 */
final class FreeSpots {
    /** Smallest size, then no charger before a charger, then lowest floor, then lowest number. */
    private static final Comparator<Spot> BEST_FIT_FIRST = Comparator.comparing(Spot::size)
            .thenComparing(Spot::charger)
            .thenComparingInt(Spot::floor)
            .thenComparingInt(Spot::number);

    private final NavigableSet<Spot> free = new TreeSet<>(BEST_FIT_FIRST);

    FreeSpots(List<Spot> layout) {
        if (layout.isEmpty()) {
            throw new IllegalArgumentException("spots must not be empty");
        }
        Set<List<Integer>> places = new HashSet<>();
        for (Spot spot : layout) {
            Objects.requireNonNull(spot, "spot");
            if (!places.add(List.of(spot.floor(), spot.number()))) {
                throw new IllegalArgumentException("spots holds two spots numbered " + spot.number()
                        + " on floor " + spot.floor());
            }
            free.add(spot);
        }
    }

    /** Removes and returns the first free spot, in best-fit order, that {@code vehicle} fits. */
    Optional<Spot> takeBestFit(Vehicle vehicle) {
        for (Spot spot : free) {
            if (vehicle.fits(spot)) {
                free.remove(spot);
                return Optional.of(spot);
            }
        }
        return Optional.empty();
    }

    void release(Spot spot) {
        free.add(spot);
    }

    Set<Spot> all() {
        return Set.copyOf(free);
    }
}
