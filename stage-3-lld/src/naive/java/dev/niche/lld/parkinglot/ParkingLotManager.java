package dev.niche.lld.parkinglot;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Naive: a god class. It works for the vehicles and policies it was written for, and knows each of them by name:
 * the next vehicle or policy means an edit here, and until then an exception.
 */
final class ParkingLotManager implements ParkingLot {
    private final List<Spot> spots;
    private final Set<Spot> taken = new HashSet<>();
    private final PricingPolicy pricing;
    private final InstantSource clock;
    private final Map<String, Ticket> tickets = new HashMap<>();
    private final Set<String> paid = new HashSet<>();
    private Instant lastRead = Instant.MIN;
    private int counter;

    ParkingLotManager(List<Spot> spots, PricingPolicy pricing, InstantSource clock) {
        Objects.requireNonNull(spots, "spots");
        this.pricing = Objects.requireNonNull(pricing, "pricing");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (spots.isEmpty()) {
            throw new IllegalArgumentException("spots is empty");
        }
        Set<String> seen = new HashSet<>();
        for (Spot spot : spots) {
            Objects.requireNonNull(spot, "spot");
            if (!seen.add(spot.floor() + "/" + spot.number())) {
                throw new IllegalArgumentException("spots has a duplicate: " + spot);
            }
        }
        this.spots = new ArrayList<>(spots);
        this.spots.sort(Comparator.comparing(Spot::charger).thenComparingInt(Spot::floor)
                .thenComparingInt(Spot::number));
    }

    @Override
    public Optional<Ticket> enter(Vehicle vehicle) {
        Objects.requireNonNull(vehicle, "vehicle");
        Instant now = now();
        for (Ticket t : tickets.values()) {
            if (!paid.contains(t.id()) && t.plate().equals(vehicle.plate())) {
                throw new IllegalStateException(vehicle.plate() + " is already parked");
            }
        }
        List<SpotSize> sizes;
        if (vehicle instanceof Motorcycle) {
            sizes = List.of(SpotSize.SMALL, SpotSize.MEDIUM, SpotSize.LARGE);
        } else if (vehicle instanceof Car) {
            sizes = List.of(SpotSize.MEDIUM, SpotSize.LARGE);
        } else if (vehicle instanceof Truck) {
            sizes = List.of(SpotSize.LARGE);
        } else {
            throw new IllegalArgumentException("unknown vehicle type: " + vehicle.getClass().getSimpleName());
        }
        for (SpotSize size : sizes) {
            for (Spot spot : spots) {
                if (spot.size() == size && !taken.contains(spot)) {
                    taken.add(spot);
                    counter++;
                    Ticket ticket = new Ticket("ticket-" + counter, vehicle.plate(), spot, now);
                    tickets.put(ticket.id(), ticket);
                    return Optional.of(ticket);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public long quote(String ticketId) {
        Ticket ticket = find(ticketId);
        return price(pricing, new Stay(ticket.spot(), ticket.entered(), now()));
    }

    @Override
    public long exit(String ticketId) {
        Ticket ticket = find(ticketId);
        long fee = price(pricing, new Stay(ticket.spot(), ticket.entered(), now()));
        paid.add(ticketId);
        taken.remove(ticket.spot());
        return fee;
    }

    @Override
    public Set<Spot> freeSpots() {
        Set<Spot> free = new HashSet<>(spots);
        free.removeAll(taken);
        return free;
    }

    /** Every policy's arithmetic, chosen by asking the policy what it is. */
    static long price(PricingPolicy policy, Stay stay) {
        if (policy instanceof HourlyRates hourly) {
            Duration d = stay.duration();
            long hours = d.toHours();
            if (d.compareTo(Duration.ofHours(hours)) > 0) {
                hours++;
            }
            return hours * hourly.centsPerHour().get(stay.spot().size());
        } else if (policy instanceof DailyCap capped) {
            long total = 0;
            Instant start = stay.entered();
            while (true) {
                Instant end = start.plus(Duration.ofDays(1));
                if (end.isAfter(stay.left())) {
                    end = stay.left();
                }
                total += Math.min(capped.cap(), price(capped.base(), new Stay(stay.spot(), start, end)));
                start = end;
                if (!start.isBefore(stay.left())) {
                    return total;
                }
            }
        }
        throw new IllegalArgumentException("unsupported pricing policy: " + policy.getClass().getSimpleName());
    }

    private Ticket find(String ticketId) {
        Objects.requireNonNull(ticketId, "ticketId");
        Ticket ticket = tickets.get(ticketId);
        if (ticket == null) {
            throw new IllegalArgumentException("no such ticket: " + ticketId);
        }
        if (paid.contains(ticketId)) {
            throw new IllegalStateException("ticket " + ticketId + " was already paid");
        }
        return ticket;
    }

    private Instant now() {
        Instant now = clock.instant();
        if (now.isBefore(lastRead)) {
            throw new IllegalStateException("clock moved backwards to " + now);
        }
        lastRead = now;
        return now;
    }
}
