package dev.niche.lld.elevator;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The whole system at one instant, as a value: what a scheduler decides from, and what the tests observe. Given
 * code: do not change it.
 *
 * @param lowest    the lowest floor
 * @param highest   the highest floor
 * @param cars      every car, indexed by car number
 * @param hallCalls the pending hall calls
 */
public record Snapshot(int lowest, int highest, List<CarState> cars, Set<HallCall> hallCalls) {
    public Snapshot {
        cars = List.copyOf(Objects.requireNonNull(cars, "cars"));
        hallCalls = Set.copyOf(Objects.requireNonNull(hallCalls, "hallCalls"));
    }

    /**
     * True when car {@code car} may open its doors at {@code floor}: the car's own call for that floor, or a hall
     * call there in either direction, is pending.
     */
    public boolean requested(int car, int floor) {
        return cars.get(car).carCalls().contains(floor) || hallCalls.stream().anyMatch(call -> call.floor() == floor);
    }
}
