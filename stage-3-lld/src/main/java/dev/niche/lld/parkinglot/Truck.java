package dev.niche.lld.parkinglot;

import java.util.Objects;

/** A truck: fits a large spot only. Given code: do not change it. */
public record Truck(String plate) implements Vehicle {
    public Truck {
        Objects.requireNonNull(plate, "plate");
        if (plate.isBlank()) {
            throw new IllegalArgumentException("plate must not be blank");
        }
    }

    @Override
    public boolean fits(Spot spot) {
        return spot.size() == SpotSize.LARGE;
    }
}
