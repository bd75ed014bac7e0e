package dev.niche.distributed.crdts;

/**
 * A grow-only counter, a state-based CRDT. Immutable: every operation returns a new state. Each replica counts
 * only on its own behalf and names itself in {@link #increment}; {@link #merge} combines two replicas' states.
 *
 * <p>Two states are {@code equals} exactly when they hold the same information, whatever order of merges and
 * operations built them (so the merge laws can be checked with {@code equals}); {@code hashCode} agrees.
 */
public final class GCounter {

    /** The counter no replica has incremented: value 0. */
    public static GCounter empty() {
        throw new UnsupportedOperationException("TODO: the state of a counter nobody has incremented");
    }

    /**
     * This state after {@code replica} adds {@code amount}.
     *
     * @throws IllegalArgumentException if {@code replica} is null or {@code amount < 1} (the message names it)
     */
    public GCounter increment(String replica, long amount) {
        throw new UnsupportedOperationException("TODO: add amount to this replica's own share");
    }

    /** The sum of every increment this state has seen, from any replica. */
    public long value() {
        throw new UnsupportedOperationException("TODO: the sum of the replicas' shares");
    }

    /**
     * The state that has seen everything either state has seen: commutative, associative and idempotent, so
     * replicas may exchange states in any order, any number of times.
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names it)
     */
    public GCounter merge(GCounter other) {
        throw new UnsupportedOperationException("TODO: combine share by share, without counting anything twice");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO: equal when they hold the same shares");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO: a hash that agrees with equals");
    }
}
