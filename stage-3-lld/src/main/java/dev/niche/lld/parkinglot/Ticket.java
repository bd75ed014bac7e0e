package dev.niche.lld.parkinglot;

import java.time.Instant;
import java.util.Objects;

/**
 * What the driver gets on entry. Given code: do not change it.
 *
 * @param id      unique among the tickets one lot issues
 * @param plate   the plate of the parked vehicle
 * @param spot    where the vehicle is parked
 * @param entered when it entered, read from the lot's clock
 */
public record Ticket(String id, String plate, Spot spot, Instant entered) {
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(plate, "plate");
        Objects.requireNonNull(spot, "spot");
        Objects.requireNonNull(entered, "entered");
    }
}
