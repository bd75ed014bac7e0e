package dev.niche.lld.parkinglot;

import java.util.Objects;

/**
 * One parking spot of the layout. Given code: do not change it.
 *
 * @param floor   the floor, from 0 (the ground floor)
 * @param number  the spot's number on its floor, from 1
 * @param size    how large a vehicle it takes
 * @param charger whether it has a charger for electric vehicles
 */
public record Spot(int floor, int number, SpotSize size, boolean charger) {
    public Spot {
        Objects.requireNonNull(size, "size");
        if (floor < 0) {
            throw new IllegalArgumentException("floor must be at least 0, was " + floor);
        }
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, was " + number);
        }
    }
}
