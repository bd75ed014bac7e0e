package dev.niche.lld.parkinglot;

import java.util.Objects;

/** A car: fits a medium or a large spot. Given code: do not change it. */
public record Car(String plate) implements Vehicle {
    public Car {
        Objects.requireNonNull(plate, "plate");
        if (plate.isBlank()) {
            throw new IllegalArgumentException("plate must not be blank");
        }
    }

    @Override
    public boolean fits(Spot spot) {
        return spot.size() != SpotSize.SMALL;
    }
}
