package dev.niche.lld.elevator;

import java.util.Objects;

/**
 * Reference: the composition root, the one place that names the concrete classes. The controller receives its
 * scheduler and never learns which one it is.
 */
public final class ElevatorSystems {
    private ElevatorSystems() {
    }

    public static ElevatorSystem create(int lowest, int highest, int cars, Scheduler scheduler) {
        Objects.requireNonNull(scheduler, "scheduler");
        if (highest <= lowest) {
            throw new IllegalArgumentException("highest (" + highest + ") must be above lowest (" + lowest + ")");
        }
        if (cars < 1) {
            throw new IllegalArgumentException("cars must be at least 1, was " + cars);
        }
        return new Controller(lowest, highest, cars, scheduler);
    }

    public static Scheduler look() {
        return new LookScheduler();
    }
}
