package dev.niche.lld.elevator;

/** Naive: the "scheduler" handed out is a mode flag that only the controller understands. */
public final class ElevatorSystems {
    private ElevatorSystems() {
    }

    public static ElevatorSystem create(int lowest, int highest, int cars, Scheduler scheduler) {
        return new ElevatorController(lowest, highest, cars, scheduler);
    }

    public static Scheduler look() {
        return Mode.LOOK;
    }
}
