package dev.niche.distributed.consistenthashing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ring of the original paper, without virtual nodes: one point per node (its point "#0"), whatever
 * {@code virtualNodes} says. Lookups and movement are still consistent, but a handful of random points cut the
 * ring into very unequal arcs, and a leaver's whole arc falls to the single node after it.
 */
public final class HashRing {
    private final TreeMap<Long, String> points = new TreeMap<>();
    private final Set<String> nodes = new HashSet<>();

    public HashRing(int virtualNodes) {
        if (virtualNodes < 1) {
            throw new IllegalArgumentException("virtualNodes must be at least 1, got " + virtualNodes);
        }
    }

    public boolean add(String node) {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("node must be a non-blank name, got " + node);
        }
        if (!nodes.add(node)) {
            return false;
        }
        points.put(RingHash.of(node + "#0"), node);
        return true;
    }

    public boolean remove(String node) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        if (!nodes.remove(node)) {
            return false;
        }
        points.remove(RingHash.of(node + "#0"));
        return true;
    }

    public Set<String> nodes() {
        return Collections.unmodifiableSet(nodes);
    }

    public String ownerOf(String key) {
        return owners(key, 1).get(0);
    }

    public List<String> owners(String key, int replicas) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("the ring has no nodes");
        }
        if (replicas < 1 || replicas > nodes.size()) {
            throw new IllegalArgumentException("replicas must be between 1 and " + nodes.size() + ", got " + replicas);
        }
        long position = RingHash.of(key);
        Set<String> found = new LinkedHashSet<>();
        Map.Entry<Long, String> point = points.ceilingEntry(position);
        if (point == null) {
            point = points.firstEntry();
        }
        while (found.size() < replicas) {
            found.add(point.getValue());
            point = points.higherEntry(point.getKey());
            if (point == null) {
                point = points.firstEntry();
            }
        }
        return new ArrayList<>(found);
    }
}
