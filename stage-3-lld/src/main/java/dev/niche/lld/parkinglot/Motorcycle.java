package dev.niche.lld.parkinglot;

import java.util.Objects;

/** A motorcycle: fits every spot. Given code: do not change it. */
public record Motorcycle(String plate) implements Vehicle {
    public Motorcycle {
        Objects.requireNonNull(plate, "plate");
        if (plate.isBlank()) {
            throw new IllegalArgumentException("plate must not be blank");
        }
    }

    @Override
    public boolean fits(Spot spot) {
        return true;
    }
}
