package dev.niche.lld.parkinglot;

/**
 * Extension point: a vehicle, which alone knows which spots it can use. Given code: do not change this
 * interface. The tests add vehicles of their own through it, and the lot must park them without being edited.
 */
public interface Vehicle {
    /** The licence plate: not blank, and unique among the vehicles parked at one time. */
    String plate();

    /** True when this vehicle may park at {@code spot}; decided from the spot alone. */
    boolean fits(Spot spot);
}
