package dev.niche.lld.parkinglot;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reference: the lot keeps the tickets and nothing else. Which spot a vehicle gets is the business of {@link
 * FreeSpots} and of the vehicle itself, what a stay costs is the business of the policy, and the guard against a
 * clock running backwards is {@link ForwardClock}'s. None of them is known here by its concrete type, so a new
 * vehicle or a new policy changes nothing in this class.
 */
final class Lot implements ParkingLot {
    private final FreeSpots free;
    private final PricingPolicy pricing;
    private final ForwardClock clock;
    private final Map<String, Ticket> unpaid = new HashMap<>();
    private final Set<String> paid = new HashSet<>();
    private final Set<String> parkedPlates = new HashSet<>();
    private long issued;

    Lot(FreeSpots free, PricingPolicy pricing, ForwardClock clock) {
        this.free = free;
        this.pricing = pricing;
        this.clock = clock;
    }

    @Override
    public Optional<Ticket> enter(Vehicle vehicle) {
        Objects.requireNonNull(vehicle, "vehicle");
        Instant now = clock.now();
        if (parkedPlates.contains(vehicle.plate())) {
            throw new IllegalStateException("a vehicle with plate " + vehicle.plate() + " is already parked");
        }
        return free.takeBestFit(vehicle).map(spot -> {
            Ticket ticket = new Ticket("T" + ++issued, vehicle.plate(), spot, now);
            unpaid.put(ticket.id(), ticket);
            parkedPlates.add(ticket.plate());
            return ticket;
        });
    }

    @Override
    public long quote(String ticketId) {
        Ticket ticket = unpaid(ticketId);
        return pricing.fee(new Stay(ticket.spot(), ticket.entered(), clock.now()));
    }

    @Override
    public long exit(String ticketId) {
        Ticket ticket = unpaid(ticketId);
        long fee = pricing.fee(new Stay(ticket.spot(), ticket.entered(), clock.now()));
        unpaid.remove(ticketId);
        paid.add(ticketId);
        parkedPlates.remove(ticket.plate());
        free.release(ticket.spot());
        return fee;
    }

    @Override
    public Set<Spot> freeSpots() {
        return free.all();
    }

    private Ticket unpaid(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        if (paid.contains(ticketId)) {
            throw new IllegalStateException("ticket " + ticketId + " is already paid");
        }
        Ticket ticket = unpaid.get(ticketId);
        if (ticket == null) {
            throw new IllegalArgumentException("this lot never issued ticket " + ticketId);
        }
        return ticket;
    }
}
