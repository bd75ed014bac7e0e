package dev.niche.distributed.sim;

/**
 * A node broke the simulation (threw from a handler) or a check found a wrong outcome: the message carries the
 * seed that replays it and the end of the trace. Given code: do not change.
 */
public final class SimulationFailure extends AssertionError {
    public SimulationFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
