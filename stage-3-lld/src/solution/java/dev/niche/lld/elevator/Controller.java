package dev.niche.lld.elevator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reference: the system. It owns the requests and the cars, keeps the safety rules, and leaves every choice to
 * the {@link Scheduler} it was given: policy in the strategy, mechanism and safety here.
 */
final class Controller implements ElevatorSystem {
    private final int lowest;
    private final int highest;
    private final List<Car> cars = new ArrayList<>();
    private final Set<HallCall> hallCalls = new HashSet<>();
    private final Scheduler scheduler;

    Controller(int lowest, int highest, int carCount, Scheduler scheduler) {
        this.lowest = lowest;
        this.highest = highest;
        this.scheduler = scheduler;
        for (int i = 0; i < carCount; i++) {
            cars.add(new Car(lowest));
        }
    }

    @Override
    public void call(int floor, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        checkFloor(floor);
        if (direction == Direction.UP && floor == highest || direction == Direction.DOWN && floor == lowest) {
            throw new IllegalArgumentException("direction " + direction + " leads out of the building from floor "
                    + floor);
        }
        if (cars.stream().noneMatch(car -> car.standsOpenAt(floor))) {
            hallCalls.add(new HallCall(floor, direction));
        }
    }

    @Override
    public void press(int car, int floor) {
        if (car < 0 || car >= cars.size()) {
            throw new IllegalArgumentException("car must be 0 to " + (cars.size() - 1) + ", was " + car);
        }
        checkFloor(floor);
        if (!cars.get(car).standsOpenAt(floor)) {
            cars.get(car).press(floor);
        }
    }

    @Override
    public void tick() {
        Snapshot start = state();
        Move[] moves = new Move[cars.size()];
        for (int i = 0; i < moves.length; i++) {
            if (!cars.get(i).doorsOpen()) {
                moves[i] = checked(i, scheduler.next(i, start), start);
            }
        }
        for (int i = 0; i < moves.length; i++) {
            Car car = cars.get(i);
            if (moves[i] == null) {
                car.closeDoors();
                continue;
            }
            car.perform(moves[i]);
            if (moves[i] == Move.OPEN) {
                hallCalls.removeIf(call -> call.floor() == car.floor());
            }
        }
    }

    @Override
    public Snapshot state() {
        return new Snapshot(lowest, highest, cars.stream().map(Car::state).toList(), hallCalls);
    }

    /** The move, if it keeps every safety rule; the scheduler is trusted with choices, not with safety. */
    private Move checked(int car, Move move, Snapshot start) {
        int floor = start.cars().get(car).floor();
        String broken = move == null ? "gave no move"
                : switch (move) {
                    case UP -> floor == highest ? "sent it up from the highest floor" : null;
                    case DOWN -> floor == lowest ? "sent it down from the lowest floor" : null;
                    case OPEN -> start.requested(car, floor) ? null : "opened it where nothing was requested";
                    case WAIT -> null;
                };
        if (broken != null) {
            throw new IllegalStateException("the scheduler " + broken + ": car " + car + " at floor " + floor);
        }
        return move;
    }

    private void checkFloor(int floor) {
        if (floor < lowest || floor > highest) {
            throw new IllegalArgumentException("floor must be " + lowest + " to " + highest + ", was " + floor);
        }
    }
}
