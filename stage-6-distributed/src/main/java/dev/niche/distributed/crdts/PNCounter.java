package dev.niche.distributed.crdts;

/**
 * A counter that goes up and down, a state-based CRDT. Immutable; replicas name themselves in each operation.
 * Its value is every increment minus every decrement the state has seen. {@code equals} and {@code hashCode}
 * compare the information held, as in {@link GCounter}.
 */
public final class PNCounter {

    /** The counter nobody has changed: value 0. */
    public static PNCounter empty() {
        throw new UnsupportedOperationException("TODO: the state of a counter nobody has changed");
    }

    /**
     * This state after {@code replica} adds {@code amount}.
     *
     * @throws IllegalArgumentException if {@code replica} is null or {@code amount < 1} (the message names it)
     */
    public PNCounter increment(String replica, long amount) {
        throw new UnsupportedOperationException("TODO: count the increment on this replica's behalf");
    }

    /**
     * This state after {@code replica} subtracts {@code amount}.
     *
     * @throws IllegalArgumentException if {@code replica} is null or {@code amount < 1} (the message names it)
     */
    public PNCounter decrement(String replica, long amount) {
        throw new UnsupportedOperationException("TODO: count the decrement on this replica's behalf");
    }

    /** Every increment minus every decrement this state has seen. */
    public long value() {
        throw new UnsupportedOperationException("TODO: increments minus decrements");
    }

    /**
     * The state that has seen everything either has seen (commutative, associative, idempotent).
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names it)
     */
    public PNCounter merge(PNCounter other) {
        throw new UnsupportedOperationException("TODO: merge what only grows, then subtract");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO: equal when they hold the same counts");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO: a hash that agrees with equals");
    }
}
