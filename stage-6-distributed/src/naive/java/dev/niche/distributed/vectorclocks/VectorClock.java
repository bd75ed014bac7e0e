package dev.niche.distributed.vectorclocks;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The classic shortcut: keep the entries, but order clocks by one timestamp (here the total of the entries, which
 * only grows), as if every node read the same wall clock. A larger timestamp is taken to mean "happened after",
 * so two events are always ordered and compare never answers CONCURRENT.
 */
public final class VectorClock {
    private final Map<String, Long> counters;

    private VectorClock(Map<String, Long> counters) {
        this.counters = Collections.unmodifiableMap(counters);
    }

    public static VectorClock empty() {
        return new VectorClock(new HashMap<>());
    }

    public static VectorClock of(Map<String, Long> counters) {
        if (counters == null) {
            throw new IllegalArgumentException("counters must not be null");
        }
        Map<String, Long> copy = new HashMap<>();
        for (Map.Entry<String, Long> entry : counters.entrySet()) {
            if (entry.getKey() == null || entry.getValue() == null || entry.getValue() < 0) {
                throw new IllegalArgumentException("counters must map non-null nodes to counts >= 0");
            }
            if (entry.getValue() != 0) {
                copy.put(entry.getKey(), entry.getValue());
            }
        }
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
        Map<String, Long> copy = new HashMap<>(counters);
        copy.put(node, get(node) + 1);
        return new VectorClock(copy);
    }

    public VectorClock merge(VectorClock other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        Map<String, Long> copy = new HashMap<>(counters);
        other.counters.forEach((node, count) -> copy.put(node, Math.max(count, get(node))));
        return new VectorClock(copy);
    }

    public Order compare(VectorClock other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        int c = Long.compare(timestamp(), other.timestamp());
        return c < 0 ? Order.BEFORE : c > 0 ? Order.AFTER : Order.EQUAL;
    }

    private long timestamp() {
        return counters.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
