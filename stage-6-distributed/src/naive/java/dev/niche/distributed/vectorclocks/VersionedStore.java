package dev.niche.distributed.vectorclocks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Last writer wins: each key keeps only the newest write, whatever the writer had read. */
public final class VersionedStore {

    private record Stamped(String value, VectorClock clock) {
    }

    private final String node;
    private final Map<String, Stamped> latest = new HashMap<>();

    public VersionedStore(String node) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        this.node = node;
    }

    public Siblings get(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        Stamped stamped = latest.get(key);
        return stamped == null ? new Siblings(List.of(), VectorClock.empty())
                : new Siblings(List.of(stamped.value()), stamped.clock());
    }

    public void put(String key, String value, VectorClock context) {
        if (key == null || value == null || context == null) {
            throw new IllegalArgumentException("key, value and context must not be null");
        }
        Stamped previous = latest.get(key);
        VectorClock now = previous == null ? context : previous.clock().merge(context);
        latest.put(key, new Stamped(value, now.increment(node)));
    }
}
