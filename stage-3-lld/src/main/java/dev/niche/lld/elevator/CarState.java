package dev.niche.lld.elevator;

import java.util.Objects;
import java.util.Set;

/**
 * One car, as a value. Given code: do not change it.
 *
 * @param floor     where the car is
 * @param doorsOpen whether its doors are open
 * @param carCalls  the floors pressed inside it and not yet served
 */
public record CarState(int floor, boolean doorsOpen, Set<Integer> carCalls) {
    public CarState {
        carCalls = Set.copyOf(Objects.requireNonNull(carCalls, "carCalls"));
    }
}
