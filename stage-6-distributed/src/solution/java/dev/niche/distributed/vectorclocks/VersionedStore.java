package dev.niche.distributed.vectorclocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each key holds its siblings, each a value with the clock of the write that made it. A write keeps exactly the
 * siblings its context does not cover: the context is the merge of what the client read, so a sibling at or below
 * it was part of that read.
 */
public final class VersionedStore {

    private record Sibling(String value, VectorClock clock) {
    }

    private final String node;
    private final Map<String, List<Sibling>> siblings = new HashMap<>();

    public VersionedStore(String node) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        this.node = node;
    }

    public Siblings get(String key) {
        requireNonNull(key, "key");
        VectorClock context = VectorClock.empty();
        List<String> values = new ArrayList<>();
        for (Sibling sibling : siblings.getOrDefault(key, List.of())) {
            context = context.merge(sibling.clock());
            values.add(sibling.value());
        }
        values.sort(null);
        return new Siblings(values, context);
    }

    public void put(String key, String value, VectorClock context) {
        requireNonNull(key, "key");
        requireNonNull(value, "value");
        requireNonNull(context, "context");
        List<Sibling> kept = new ArrayList<>();
        long issued = context.get(node);
        for (Sibling sibling : siblings.getOrDefault(key, List.of())) {
            issued = Math.max(issued, sibling.clock().get(node));
            Order order = sibling.clock().compare(context);
            if (order != Order.BEFORE && order != Order.EQUAL) {
                kept.add(sibling); // the client never saw it: a concurrent write, kept as a sibling
            }
        }
        // past every counter this replica issued for the key, so concurrent writes with one context differ
        VectorClock clock = context.merge(VectorClock.of(Map.of(node, issued))).increment(node);
        kept.add(new Sibling(value, clock));
        siblings.put(key, kept);
    }

    private static void requireNonNull(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }
}
