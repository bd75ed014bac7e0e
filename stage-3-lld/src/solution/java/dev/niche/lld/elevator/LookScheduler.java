package dev.niche.lld.elevator;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reference: LOOK for several cars. Each new hall call goes to the car with the shortest trip to it along its
 * sweep, once and for good; each car then sweeps over its own stops (its car calls and its hall calls), going on
 * while it has stops ahead and turning when it has none. A car called back to the floor it has just served moves
 * on first when it has somewhere else to go, so a busy floor cannot hold it. A stop is thus never left behind for
 * longer than one sweep there and back, which is what bounds the wait.
 */
final class LookScheduler implements Scheduler {
    private final Map<HallCall, Integer> assigned = new HashMap<>();
    private final Map<Integer, Direction> heading = new HashMap<>();
    /** Cars whose last move was OPEN: one that is called back to the same floor moves on first, if it can. */
    private final Set<Integer> justOpened = new HashSet<>();

    @Override
    public Move next(int car, Snapshot snapshot) {
        shareOut(snapshot);
        int floor = snapshot.cars().get(car).floor();
        TreeSet<Integer> stops = stops(car, snapshot);
        boolean calledBack = justOpened.remove(car);
        if (stops.contains(floor) && !(calledBack && stops.size() > 1)) {
            justOpened.add(car);
            return Move.OPEN;
        }
        Direction way = way(car, floor, stops);
        if (way == null) {
            heading.remove(car);
            return Move.WAIT;
        }
        heading.put(car, way);
        return way == Direction.UP ? Move.UP : Move.DOWN;
    }

    /** Forgets the hall calls that were served, and gives each new one to the car that reaches it soonest. */
    private void shareOut(Snapshot snapshot) {
        assigned.keySet().retainAll(snapshot.hallCalls());
        snapshot.hallCalls().stream()
                .filter(call -> !assigned.containsKey(call))
                .sorted(Comparator.comparingInt(HallCall::floor).thenComparing(HallCall::direction))
                .forEach(call -> assigned.put(call, soonest(call.floor(), snapshot)));
    }

    private int soonest(int floor, Snapshot snapshot) {
        int best = 0;
        for (int car = 1; car < snapshot.cars().size(); car++) {
            if (trip(car, floor, snapshot) < trip(best, floor, snapshot)) {
                best = car;
            }
        }
        return best;
    }

    /** Floors travelled before the car reaches {@code target}: straight there, or to the end of its sweep first. */
    private int trip(int car, int target, Snapshot snapshot) {
        int at = snapshot.cars().get(car).floor();
        TreeSet<Integer> stops = stops(car, snapshot);
        Direction way = heading.get(car);
        if (stops.isEmpty() || way == null) {
            return Math.abs(target - at);
        }
        if (way == Direction.UP) {
            int top = Math.max(at, stops.last());
            return target >= at ? target - at : (top - at) + (top - target);
        }
        int bottom = Math.min(at, stops.first());
        return target <= at ? at - target : (at - bottom) + (target - bottom);
    }

    private TreeSet<Integer> stops(int car, Snapshot snapshot) {
        TreeSet<Integer> stops = new TreeSet<>(snapshot.cars().get(car).carCalls());
        assigned.forEach((call, owner) -> {
            if (owner == car) {
                stops.add(call.floor());
            }
        });
        return stops;
    }

    /** Keep going while there are stops ahead; otherwise turn toward the rest; from rest, the nearer side. */
    private Direction way(int car, int floor, TreeSet<Integer> stops) {
        Integer above = stops.higher(floor);
        Integer below = stops.lower(floor);
        Direction current = heading.get(car);
        if (current == Direction.UP && above != null || current == Direction.DOWN && below != null) {
            return current;
        }
        if (above != null && below != null) {
            return above - floor <= floor - below ? Direction.UP : Direction.DOWN;
        }
        return above != null ? Direction.UP : below != null ? Direction.DOWN : null;
    }
}
