package dev.niche.lld.elevator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/elevator", title = "Design an elevator system", order = 20, checkpoints = "3.1",
        naiveViolates = CheckKind.DESIGN)
class ElevatorTest {

    /** Ticks until no request is pending (at most {@code limit}); returns the floors where doors opened, in order. */
    private static List<Integer> runUntilServed(ElevatorSystem system, int car, int limit) {
        List<Integer> opened = new ArrayList<>();
        for (int t = 0; t < limit && pending(system.state()) > 0; t++) {
            boolean wasOpen = system.state().cars().get(car).doorsOpen();
            system.tick();
            CarState now = system.state().cars().get(car);
            if (now.doorsOpen() && !wasOpen) {
                opened.add(now.floor());
            }
        }
        assertThat(pending(system.state())).as("requests still pending after %d ticks", limit).isZero();
        return opened;
    }

    private static int pending(Snapshot state) {
        return state.hallCalls().size() + state.cars().stream().mapToInt(c -> c.carCalls().size()).sum();
    }

    private static List<Integer> floors(Snapshot state) {
        return state.cars().stream().map(CarState::floor).toList();
    }

    // ---- examples -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("a car travels a floor a tick, opens its doors for one tick at the floor pressed, then closes them")
    void oneTrip() {
        ElevatorSystem system = ElevatorSystems.create(0, 5, 1, ElevatorSystems.look());
        assertThat(system.state()).as("a new system")
                .isEqualTo(new Snapshot(0, 5, List.of(new CarState(0, false, Set.of())), Set.of()));
        system.press(0, 2);
        system.press(0, 2);
        assertThat(system.state().cars().get(0).carCalls()).as("car calls after pressing 2 twice")
                .containsExactly(2);
        List<CarState> seen = new ArrayList<>();
        for (int t = 0; t < 5; t++) {
            system.tick();
            seen.add(system.state().cars().get(0));
        }
        assertThat(seen).as("the car after each of 5 ticks").containsExactly(
                new CarState(1, false, Set.of(2)), new CarState(2, false, Set.of(2)), new CarState(2, true, Set.of()),
                new CarState(2, false, Set.of()), new CarState(2, false, Set.of()));
    }

    @Test
    @DisplayName("LOOK: a car going up serves the floors above it before it turns for the one below")
    void lookFinishesItsSweep() {
        ElevatorSystem system = ElevatorSystems.create(0, 9, 1, ElevatorSystems.look());
        system.press(0, 5);
        system.tick();
        system.tick();
        assertThat(system.state().cars().get(0).floor()).as("floor after 2 ticks toward 5").isEqualTo(2);
        system.press(0, 1);
        system.press(0, 4);
        assertThat(runUntilServed(system, 0, 30)).as("floors where the doors opened, after 1 and 4 were pressed at 2")
                .containsExactly(4, 5, 1);
    }

    @Test
    @DisplayName("each hall call is answered by the car that is nearest to it; the other car stays put")
    void nearestCarAnswers() {
        ElevatorSystem system = ElevatorSystems.create(0, 9, 2, ElevatorSystems.look());
        system.press(1, 9);
        runUntilServed(system, 1, 20);
        system.tick();
        assertThat(system.state().cars()).as("both cars, car 1 sent to 9")
                .containsExactly(new CarState(0, false, Set.of()), new CarState(9, false, Set.of()));
        system.call(8, Direction.DOWN);
        system.call(1, Direction.UP);
        system.tick();
        assertThat(floors(system.state())).as("floors one tick after calls at 8 and 1").containsExactly(1, 8);
        system.tick();
        assertThat(system.state().cars()).as("both cars two ticks after the calls").containsExactly(
                new CarState(1, true, Set.of()), new CarState(8, true, Set.of()));
        assertThat(system.state().hallCalls()).as("hall calls left").isEmpty();
    }

    @Test
    @DisplayName("a button pressed where the doors are open is served at once; doors serve both hall buttons")
    void servedAtOnce() {
        ElevatorSystem system = ElevatorSystems.create(-1, 3, 2, ElevatorSystems.look());
        system.call(0, Direction.UP);
        system.call(0, Direction.DOWN);
        system.tick();
        system.tick();
        assertThat(system.state().cars().get(0)).as("car 0 two ticks after both calls at 0")
                .isEqualTo(new CarState(0, true, Set.of()));
        assertThat(system.state().hallCalls()).as("both hall calls at 0, after the doors opened there").isEmpty();
        system.call(0, Direction.UP);
        system.press(0, 0);
        system.press(1, 0);
        assertThat(system.state().hallCalls()).as("a hall call where car 0 stands open").isEmpty();
        assertThat(system.state().cars().get(0).carCalls()).as("car 0's own call for its open floor").isEmpty();
        assertThat(system.state().cars().get(1).carCalls()).as("car 1's call for 0, where it is not").contains(0);
    }

    @Test
    @DisplayName("bad input is rejected by name, and leaves nothing pending")
    void badInput() {
        ElevatorSystem system = ElevatorSystems.create(-2, 4, 2, ElevatorSystems.look());
        assertThatThrownBy(() -> system.call(5, Direction.DOWN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor");
        assertThatThrownBy(() -> system.call(-3, Direction.UP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor");
        assertThatThrownBy(() -> system.call(4, Direction.UP)).as("up from the highest floor")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("direction");
        assertThatThrownBy(() -> system.call(-2, Direction.DOWN)).as("down from the lowest floor")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("direction");
        assertThatThrownBy(() -> system.call(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("direction");
        assertThatThrownBy(() -> system.press(2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("car");
        assertThatThrownBy(() -> system.press(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("car");
        assertThatThrownBy(() -> system.press(0, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor");
        assertThat(pending(system.state())).as("requests pending after the rejected ones").isZero();

        Scheduler look = ElevatorSystems.look();
        assertThatThrownBy(() -> ElevatorSystems.create(3, 3, 1, look)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("highest");
        assertThatThrownBy(() -> ElevatorSystems.create(0, 3, 0, look)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cars");
        assertThatThrownBy(() -> ElevatorSystems.create(0, 3, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("scheduler");
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** One step of the property: a hall call, a car call, or some ticks. */
    record Step(String action, int a, int b) {
        @Override
        public String toString() {
            return action + "(" + a + (action.equals("ticks") ? "" : ", " + b) + ")";
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> floor = Arbitraries.integers().between(0, 9);
        Arbitrary<Step> call = Combinators.combine(floor, Arbitraries.integers().between(0, 1))
                .as((f, up) -> new Step("call", f, up));
        Arbitrary<Step> press = Combinators.combine(Arbitraries.integers().between(0, 2), floor)
                .as((car, f) -> new Step("press", car, f));
        Arbitrary<Step> ticks = Arbitraries.integers().between(1, 6).map(n -> new Step("ticks", n, 0));
        return Arbitraries.frequencyOf(Tuple.of(3, call), Tuple.of(3, press), Tuple.of(4, ticks)).list()
                .ofMaxSize(40);
    }

    @Property(tries = 300)
    @Label("LOOK serves every request within 6 ticks a floor, and no car ever breaks a safety rule")
    void everyRequestServedSafely(@ForAll @IntRange(min = -2, max = 1) int lowest,
            @ForAll @IntRange(min = 1, max = 9) int span, @ForAll @IntRange(min = 1, max = 3) int carCount,
            @ForAll("steps") List<Step> steps) {
        int highest = lowest + span;
        int bound = 6 * (span + 1);
        ElevatorSystem system = ElevatorSystems.create(lowest, highest, carCount, ElevatorSystems.look());
        Model model = new Model(lowest, highest, carCount, bound, "in " + lowest + ".." + highest + " with "
                + carCount + " cars after " + steps);
        for (Step step : steps) {
            switch (step.action()) {
                case "call" -> {
                    int at = lowest + step.a() % (span + 1);
                    Direction way = at == highest || at != lowest && step.b() == 0 ? Direction.DOWN : Direction.UP;
                    model.call(system.state(), new HallCall(at, way));
                    system.call(at, way);
                }
                case "press" -> {
                    int car = step.a() % carCount;
                    int to = lowest + step.b() % (span + 1);
                    model.press(system.state(), car, to);
                    system.press(car, to);
                }
                default -> {
                    for (int t = 0; t < step.a(); t++) {
                        model.tick(system);
                    }
                }
            }
            model.check(system.state());
        }
        for (int t = 0; t < bound && model.pending() > 0; t++) {
            model.tick(system);
        }
        assertThat(model.pending()).as("requests pending %d ticks after the last step, %s", bound, model.context)
                .isZero();
    }

    /** The test's model: pending requests with the tick each was made at, and the safety rules. */
    static final class Model {
        final int lowest;
        final int highest;
        final int bound;
        final String context;
        final Map<HallCall, Integer> hallCalls = new HashMap<>();
        final List<Map<Integer, Integer>> carCalls = new ArrayList<>();
        int now;

        Model(int lowest, int highest, int cars, int bound, String context) {
            this.lowest = lowest;
            this.highest = highest;
            this.bound = bound;
            this.context = context;
            for (int i = 0; i < cars; i++) {
                carCalls.add(new HashMap<>());
            }
        }

        void call(Snapshot state, HallCall call) {
            if (state.cars().stream().noneMatch(c -> c.doorsOpen() && c.floor() == call.floor())) {
                hallCalls.putIfAbsent(call, now);
            }
        }

        void press(Snapshot state, int car, int floor) {
            CarState c = state.cars().get(car);
            if (!(c.doorsOpen() && c.floor() == floor)) {
                carCalls.get(car).putIfAbsent(floor, now);
            }
        }

        void tick(ElevatorSystem system) {
            Snapshot before = system.state();
            system.tick();
            now++;
            Snapshot after = system.state();
            for (int i = 0; i < carCalls.size(); i++) {
                CarState was = before.cars().get(i);
                CarState is = after.cars().get(i);
                String car = "car " + i + " at tick " + now + " (" + was + " -> " + is + ") " + context;
                assertThat(is.floor()).as("floor of %s", car).isBetween(lowest, highest);
                assertThat(Math.abs(is.floor() - was.floor())).as("floors moved by %s", car).isLessThanOrEqualTo(1);
                if (was.doorsOpen()) {
                    assertThat(is).as("%s: open doors close in the next tick, in place", car)
                            .extracting(CarState::floor, CarState::doorsOpen).containsExactly(was.floor(), false);
                }
                if (is.doorsOpen() && !was.doorsOpen()) {
                    assertThat(before.requested(i, is.floor())).as("%s opened where something was requested", car)
                            .isTrue();
                    assertThat(is.floor()).as("%s opened without moving", car).isEqualTo(was.floor());
                    int floor = is.floor();
                    hallCalls.keySet().removeIf(call -> call.floor() == floor);
                    carCalls.get(i).remove(floor);
                }
            }
            check(after);
        }

        void check(Snapshot state) {
            assertThat(state.hallCalls()).as("pending hall calls at tick %d, %s", now, context)
                    .isEqualTo(hallCalls.keySet());
            for (int i = 0; i < carCalls.size(); i++) {
                assertThat(state.cars().get(i).carCalls()).as("car %d's pending calls at tick %d, %s", i, now, context)
                        .isEqualTo(carCalls.get(i).keySet());
            }
            hallCalls.forEach((call, made) -> assertThat(now - made)
                    .as("ticks %s has waited, %s", call, context).isLessThanOrEqualTo(bound));
            for (int i = 0; i < carCalls.size(); i++) {
                int car = i;
                carCalls.get(i).forEach((floor, made) -> assertThat(now - made)
                        .as("ticks car %d's call for %d has waited, %s", car, floor, context)
                        .isLessThanOrEqualTo(bound));
            }
        }

        int pending() {
            return hallCalls.size() + carCalls.stream().mapToInt(Map::size).sum();
        }
    }

    // ---- design -------------------------------------------------------------------------------------------
    // Jupiter runs tests in the order of their method names' hash codes. These names make the type-check rule run
    // first, so that while several design checks fail the board names the rule and the class to fix.

    /** The test's own scheduler: car 0 takes every request, nearest floor first; the other cars wait. */
    static final class CarZeroOnly implements Scheduler {
        @Override
        public Move next(int car, Snapshot snapshot) {
            if (car != 0) {
                return Move.WAIT;
            }
            int at = snapshot.cars().get(0).floor();
            if (snapshot.requested(0, at)) {
                return Move.OPEN;
            }
            TreeSet<Integer> stops = new TreeSet<>(snapshot.cars().get(0).carCalls());
            snapshot.hallCalls().forEach(call -> stops.add(call.floor()));
            Integer nearest = stops.stream().min((x, y) -> Math.abs(x - at) - Math.abs(y - at)).orElse(null);
            return nearest == null ? Move.WAIT : nearest > at ? Move.UP : Move.DOWN;
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks a scheduler what type it is (open/closed)")
    void noTypeChecksOnSchedulers() {
        DesignRules.design("dev.niche.lld.elevator")
                .startedBy(() -> ElevatorSystems.create(0, 3, 1, ElevatorSystems.look()).tick())
                .satisfies(DesignRules.noTypeChecksOn(Scheduler.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("the system sees its scheduler only as a Scheduler, wired in ElevatorSystems (dependency inversion)")
    void schedulerThroughTheInterface() {
        DesignRules.design("dev.niche.lld.elevator")
                .startedBy(() -> ElevatorSystems.create(0, 3, 1, ElevatorSystems.look()).tick())
                .satisfies(DesignRules.onlyThroughInterface(Scheduler.class, ElevatorSystems.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a scheduler written by the test (car 0 only) runs the building without an edit (extension)")
    void testSchedulerRunsTheBuilding() {
        List<List<Integer>> floorsByTick = DesignRules.extension("a car-0-only scheduler written by the test", () -> {
            ElevatorSystem system = ElevatorSystems.create(0, 6, 2, new CarZeroOnly());
            system.call(4, Direction.DOWN);
            system.call(2, Direction.UP);
            system.press(0, 6);
            List<List<Integer>> seen = new ArrayList<>();
            for (int t = 0; t < 20 && pending(system.state()) > 0; t++) {
                system.tick();
                seen.add(floors(system.state()));
            }
            assertThat(pending(system.state())).as("requests pending after 20 ticks of the test's scheduler")
                    .isZero();
            return seen;
        });
        assertThat(floorsByTick).as("floors of cars 0 and 1 after each tick").containsExactly(
                List.of(1, 0), List.of(2, 0), List.of(2, 0), List.of(2, 0), List.of(3, 0), List.of(4, 0),
                List.of(4, 0), List.of(4, 0), List.of(5, 0), List.of(6, 0), List.of(6, 0));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("a careless scheduler written by the test cannot break a safety rule (extension)")
    void carelessSchedulerIsKeptSafe() {
        Map<Integer, Move> answers = new HashMap<>();
        List<Integer> asked = new ArrayList<>();
        Scheduler careless = (car, snapshot) -> {
            asked.add(car);
            return answers.get(car);
        };
        DesignRules.extension("a careless scheduler written by the test", () -> {
            ElevatorSystem system = ElevatorSystems.create(0, 2, 2, careless);
            answers.putAll(Map.of(0, Move.DOWN, 1, Move.WAIT));
            assertThatThrownBy(system::tick).as("car 0 sent below the lowest floor")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("car 0");
            answers.putAll(Map.of(0, Move.UP, 1, Move.UP));
            system.tick();
            system.press(1, 1);
            answers.putAll(Map.of(0, Move.OPEN, 1, Move.OPEN));
            assertThatThrownBy(system::tick).as("car 0 opened at 1, which only car 1 asked for")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("car 0");
            assertThat(system.state().cars()).as("the cars after the refused tick").containsExactly(
                    new CarState(1, false, Set.of()), new CarState(1, false, Set.of(1)));
            answers.put(0, Move.WAIT);
            system.tick();
            answers.putAll(Map.of(0, Move.UP, 1, Move.UP));
            asked.clear();
            system.tick();
            assertThat(asked).as("cars asked in the tick after car 1 opened its doors").containsExactly(0);
            assertThat(system.state().cars()).as("the cars after that tick").containsExactly(
                    new CarState(2, false, Set.of()), new CarState(1, false, Set.of()));
            assertThatThrownBy(system::tick).as("car 0 sent above the highest floor")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("car 0");
            answers.put(0, Move.WAIT);
            answers.remove(1);
            assertThatThrownBy(system::tick).as("no move for car 1")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("car 1");
            return null;
        });
    }
}
