package dev.niche.lld.elevator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Naive: one controller that does everything. It works for LOOK, and LOOK is all it can do: the scheduler it is
 * given must be one of its own modes, and the planning sits in a switch over them. A new scheduler means an edit
 * here.
 */
final class ElevatorController implements ElevatorSystem {
    private final int lowest;
    private final int highest;
    private final Mode mode;
    private final int[] floor;
    private final boolean[] open;
    private final boolean[] reopened;
    private final Direction[] heading;
    private final List<Set<Integer>> carCalls = new ArrayList<>();
    private final Set<HallCall> hallCalls = new HashSet<>();
    private final Map<HallCall, Integer> owner = new HashMap<>();

    ElevatorController(int lowest, int highest, int cars, Scheduler scheduler) {
        if (highest <= lowest) {
            throw new IllegalArgumentException("highest must be above lowest");
        }
        if (cars < 1) {
            throw new IllegalArgumentException("cars must be positive");
        }
        this.mode = (Mode) Objects.requireNonNull(scheduler, "scheduler");
        this.lowest = lowest;
        this.highest = highest;
        floor = new int[cars];
        open = new boolean[cars];
        reopened = new boolean[cars];
        heading = new Direction[cars];
        for (int i = 0; i < cars; i++) {
            floor[i] = lowest;
            carCalls.add(new TreeSet<>());
        }
    }

    @Override
    public void call(int at, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        if (at < lowest || at > highest) {
            throw new IllegalArgumentException("bad floor " + at);
        }
        if (at == highest && direction == Direction.UP || at == lowest && direction == Direction.DOWN) {
            throw new IllegalArgumentException("bad direction " + direction);
        }
        for (int i = 0; i < floor.length; i++) {
            if (open[i] && floor[i] == at) {
                return;
            }
        }
        hallCalls.add(new HallCall(at, direction));
    }

    @Override
    public void press(int car, int at) {
        if (car < 0 || car >= floor.length) {
            throw new IllegalArgumentException("bad car " + car);
        }
        if (at < lowest || at > highest) {
            throw new IllegalArgumentException("bad floor " + at);
        }
        if (!(open[car] && floor[car] == at)) {
            carCalls.get(car).add(at);
        }
    }

    @Override
    public void tick() {
        Move[] moves = new Move[floor.length];
        switch (mode) {
            case LOOK -> {
                owner.keySet().retainAll(hallCalls);
                for (HallCall call : hallCalls.stream().sorted(Comparator.comparingInt(HallCall::floor)
                        .thenComparing(HallCall::direction)).toList()) {
                    if (!owner.containsKey(call)) {
                        int best = 0;
                        for (int i = 1; i < floor.length; i++) {
                            if (distance(i, call.floor()) < distance(best, call.floor())) {
                                best = i;
                            }
                        }
                        owner.put(call, best);
                    }
                }
                for (int i = 0; i < floor.length; i++) {
                    if (open[i]) {
                        continue;
                    }
                    TreeSet<Integer> stops = stops(i);
                    boolean back = reopened[i];
                    reopened[i] = false;
                    if (stops.contains(floor[i]) && !(back && stops.size() > 1)) {
                        moves[i] = Move.OPEN;
                        reopened[i] = true;
                        continue;
                    }
                    Integer above = stops.higher(floor[i]);
                    Integer below = stops.lower(floor[i]);
                    if (heading[i] == Direction.UP && above != null) {
                        moves[i] = Move.UP;
                    } else if (heading[i] == Direction.DOWN && below != null) {
                        moves[i] = Move.DOWN;
                    } else if (above != null && (below == null || above - floor[i] <= floor[i] - below)) {
                        moves[i] = Move.UP;
                    } else if (below != null) {
                        moves[i] = Move.DOWN;
                    } else {
                        moves[i] = Move.WAIT;
                    }
                    heading[i] = moves[i] == Move.UP ? Direction.UP : moves[i] == Move.DOWN ? Direction.DOWN : null;
                }
            }
        }
        for (int i = 0; i < floor.length; i++) {
            if (open[i]) {
                open[i] = false;
            } else if (moves[i] == Move.UP) {
                floor[i]++;
            } else if (moves[i] == Move.DOWN) {
                floor[i]--;
            } else if (moves[i] == Move.OPEN) {
                open[i] = true;
                carCalls.get(i).remove(floor[i]);
                int here = floor[i];
                hallCalls.removeIf(c -> c.floor() == here);
            }
        }
    }

    @Override
    public Snapshot state() {
        List<CarState> cars = new ArrayList<>();
        for (int i = 0; i < floor.length; i++) {
            cars.add(new CarState(floor[i], open[i], carCalls.get(i)));
        }
        return new Snapshot(lowest, highest, cars, hallCalls);
    }

    private TreeSet<Integer> stops(int car) {
        TreeSet<Integer> stops = new TreeSet<>(carCalls.get(car));
        owner.forEach((call, who) -> {
            if (who == car) {
                stops.add(call.floor());
            }
        });
        return stops;
    }

    private int distance(int car, int to) {
        TreeSet<Integer> stops = stops(car);
        int at = floor[car];
        if (stops.isEmpty() || heading[car] == null) {
            return Math.abs(to - at);
        }
        if (heading[car] == Direction.UP) {
            return to >= at ? to - at : 2 * Math.max(at, stops.last()) - at - to;
        }
        return to <= at ? at - to : at + to - 2 * Math.min(at, stops.first());
    }
}
