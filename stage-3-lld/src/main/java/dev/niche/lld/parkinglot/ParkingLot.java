package dev.niche.lld.parkinglot;

import java.util.Optional;
import java.util.Set;

/**
 * The facade the tests drive: one parking lot. Given code: do not change it. The brief is in {@code
 * package-info.java}.
 */
public interface ParkingLot {
    /**
     * Parks {@code vehicle} at the best free spot it fits, at the clock's current instant.
     *
     * @return the ticket, or empty when no free spot fits the vehicle (the lot is then unchanged)
     * @throws IllegalStateException when a vehicle with the same plate is parked, or the clock went backwards
     */
    Optional<Ticket> enter(Vehicle vehicle);

    /**
     * The fee the pricing policy asks for the stay of this ticket if it ended now. Changes nothing but the
     * instant the lot has last read.
     *
     * @throws IllegalArgumentException when the lot never issued {@code ticketId}
     * @throws IllegalStateException    when the ticket is already paid, or the clock went backwards
     */
    long quote(String ticketId);

    /**
     * Ends the stay of this ticket now: returns the fee, spends the ticket and frees its spot.
     *
     * @throws IllegalArgumentException when the lot never issued {@code ticketId}
     * @throws IllegalStateException    when the ticket is already paid, or the clock went backwards
     */
    long exit(String ticketId);

    /** The spots that hold no vehicle now. */
    Set<Spot> freeSpots();
}
