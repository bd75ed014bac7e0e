package dev.niche.lld.elevator;

/**
 * The entry point and composition root: the tests build every system and the built-in scheduler here. Keep
 * these signatures; write the classes they return (the brief is in {@code package-info.java}).
 */
public final class ElevatorSystems {
    private ElevatorSystems() {
    }

    /**
     * A building with floors {@code lowest} to {@code highest} and {@code cars} cars, all at {@code lowest} with
     * closed doors and no requests, run by {@code scheduler}.
     */
    public static ElevatorSystem create(int lowest, int highest, int cars, Scheduler scheduler) {
        throw new UnsupportedOperationException("TODO: validate, then build your system behind ElevatorSystem");
    }

    /** A new LOOK scheduler, for one system: see the brief for what it does and the bound it keeps. */
    public static Scheduler look() {
        throw new UnsupportedOperationException("TODO: a Scheduler that sweeps like LOOK and shares hall calls out");
    }
}
