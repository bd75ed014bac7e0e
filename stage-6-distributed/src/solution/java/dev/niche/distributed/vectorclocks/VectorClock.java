package dev.niche.distributed.vectorclocks;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A vector clock as a sorted map of the non-zero entries. Keeping zeros out makes the map a canonical form: equal
 * clocks have equal maps, so {@code equals} and {@code counters()} need no special cases.
 */
public final class VectorClock {
    private static final VectorClock EMPTY = new VectorClock(new TreeMap<>());

    private final Map<String, Long> counters;

    private VectorClock(TreeMap<String, Long> counters) {
        this.counters = Collections.unmodifiableMap(counters);
    }

    public static VectorClock empty() {
        return EMPTY;
    }

    public static VectorClock of(Map<String, Long> counters) {
        if (counters == null) {
            throw new IllegalArgumentException("counters must not be null");
        }
        TreeMap<String, Long> copy = new TreeMap<>();
        counters.forEach((node, count) -> {
            if (node == null || count == null || count < 0) {
                throw new IllegalArgumentException("counters must map non-null nodes to counts >= 0, got " + node
                        + " = " + count);
            }
            if (count > 0) {
                copy.put(node, count);
            }
        });
        return new VectorClock(copy);
    }

    public long get(String node) {
        return counters.getOrDefault(node, 0L);
    }

    public Map<String, Long> counters() {
        return counters;
    }

    public VectorClock increment(String node) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        TreeMap<String, Long> copy = new TreeMap<>(counters);
        copy.merge(node, 1L, Long::sum);
        return new VectorClock(copy);
    }

    public VectorClock merge(VectorClock other) {
        requireOther(other);
        TreeMap<String, Long> copy = new TreeMap<>(counters);
        other.counters.forEach((node, count) -> copy.merge(node, count, Math::max));
        return new VectorClock(copy);
    }

    public Order compare(VectorClock other) {
        requireOther(other);
        // one pass over the nodes of both clocks: does either have an entry above the other's?
        boolean someAbove = false;
        boolean someBelow = false;
        for (Map.Entry<String, Long> entry : counters.entrySet()) {
            long theirs = other.get(entry.getKey());
            someAbove |= entry.getValue() > theirs;
            someBelow |= entry.getValue() < theirs;
        }
        for (Map.Entry<String, Long> entry : other.counters.entrySet()) {
            someBelow |= get(entry.getKey()) < entry.getValue();
        }
        if (someAbove && someBelow) {
            return Order.CONCURRENT;
        }
        return someAbove ? Order.AFTER : someBelow ? Order.BEFORE : Order.EQUAL;
    }

    private static void requireOther(VectorClock other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorClock clock && counters.equals(clock.counters);
    }

    @Override
    public int hashCode() {
        return counters.hashCode();
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
