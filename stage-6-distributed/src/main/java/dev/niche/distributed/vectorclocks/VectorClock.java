package dev.niche.distributed.vectorclocks;

import java.util.Map;

/**
 * An immutable vector clock: one counter per node, a missing node counting 0. Node names are non-null strings.
 * Every operation returns a new clock and leaves this one unchanged.
 *
 * <p>Clock {@code a} is at most {@code b} when every entry of {@code a} is at most the same entry of {@code b}.
 * That is a partial order: two clocks may be incomparable, and then the events they stamp are concurrent.
 */
public final class VectorClock {

    /** The clock of nothing having happened yet: every entry 0. */
    public static VectorClock empty() {
        throw new UnsupportedOperationException("TODO: the clock whose every entry is 0");
    }

    /**
     * The clock with these entries (an entry of 0 is the same as a missing one). The map is copied.
     *
     * @throws IllegalArgumentException if {@code counters} is null, or holds a null node or a null or negative
     *                                  count (the message names {@code counters})
     */
    public static VectorClock of(Map<String, Long> counters) {
        throw new UnsupportedOperationException("TODO: copy the entries, dropping zeros, refusing bad ones");
    }

    /** The entry of {@code node}, 0 if it has none (null included). */
    public long get(String node) {
        throw new UnsupportedOperationException("TODO: the node's counter, 0 if missing");
    }

    /**
     * The entries above 0, as an unmodifiable map. Two clocks are the same point in history exactly when their
     * {@code counters()} are equal.
     */
    public Map<String, Long> counters() {
        throw new UnsupportedOperationException("TODO: the non-zero entries, unmodifiable");
    }

    /**
     * This clock with {@code node}'s entry one higher: the stamp of a new event at {@code node}.
     *
     * @throws IllegalArgumentException if {@code node} is null (the message names {@code node})
     */
    public VectorClock increment(String node) {
        throw new UnsupportedOperationException("TODO: a copy with node's counter plus one");
    }

    /**
     * The least clock at or above both: the entry-wise maximum. It is what a node knows after receiving a message
     * stamped {@code other}.
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names {@code other})
     */
    public VectorClock merge(VectorClock other) {
        throw new UnsupportedOperationException("TODO: the entry-wise maximum of the two clocks");
    }

    /**
     * How this clock stands to {@code other}: {@link Order#BEFORE} if this is at most {@code other} and not equal,
     * {@link Order#AFTER} for the mirror case, {@link Order#EQUAL} if every entry is the same, and
     * {@link Order#CONCURRENT} if each has an entry above the other's. Look at the entries of both clocks: a
     * node may appear in only one of them.
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names {@code other})
     */
    public Order compare(VectorClock other) {
        throw new UnsupportedOperationException("TODO: compare entry by entry over the nodes of both clocks");
    }
}
