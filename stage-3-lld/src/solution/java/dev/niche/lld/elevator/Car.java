package dev.niche.lld.elevator;

import java.util.Set;
import java.util.TreeSet;

/** Reference: one car's mechanics: where it is, its doors, its own calls. It obeys; it does not decide. */
final class Car {
    private int floor;
    private boolean doorsOpen;
    private final Set<Integer> calls = new TreeSet<>();

    Car(int floor) {
        this.floor = floor;
    }

    int floor() {
        return floor;
    }

    boolean doorsOpen() {
        return doorsOpen;
    }

    boolean standsOpenAt(int floor) {
        return doorsOpen && this.floor == floor;
    }

    void press(int floor) {
        calls.add(floor);
    }

    void closeDoors() {
        doorsOpen = false;
    }

    /** Carries out a move that the controller has already checked; opening serves this car's call here. */
    void perform(Move move) {
        switch (move) {
            case UP -> floor++;
            case DOWN -> floor--;
            case OPEN -> {
                doorsOpen = true;
                calls.remove(floor);
            }
            case WAIT -> {
            }
        }
    }

    CarState state() {
        return new CarState(floor, doorsOpen, calls);
    }
}
