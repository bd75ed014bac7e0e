package dev.niche.distributed.jumphash;

import java.util.Collection;
import java.util.List;

/**
 * The same mistake with names: sort the nodes and take hash(key) modulo their count. Balanced, but when a node
 * joins or leaves, the positions shift and most keys change owner.
 */
public final class Rendezvous {

    private Rendezvous() {
    }

    public static String owner(String key, Collection<String> nodes) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        if (nodes == null || nodes.isEmpty() || nodes.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("nodes must be a non-empty collection without nulls, got " + nodes);
        }
        List<String> sorted = nodes.stream().sorted().toList();
        long z = key.hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 29)) * 0xBF58476D1CE4E5B9L;
        return sorted.get((int) Long.remainderUnsigned(z ^ (z >>> 32), sorted.size()));
    }
}
