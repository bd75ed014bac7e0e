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
 * The ring is a sorted map from position to node: the owner of a key is the ceiling entry of its position, or the
 * first entry when the key lies past the last point (the wrap-around). Each node puts V points, so its share is
 * the sum of V small arcs and a leaver's arcs fall to many different successors.
 */
public final class HashRing {
    private final int virtualNodes;
    private final TreeMap<Long, String> points = new TreeMap<>();
    private final Set<String> nodes = new HashSet<>();

    public HashRing(int virtualNodes) {
        if (virtualNodes < 1) {
            throw new IllegalArgumentException("virtualNodes must be at least 1, got " + virtualNodes);
        }
        this.virtualNodes = virtualNodes;
    }

    public boolean add(String node) {
        if (node == null || node.isBlank()) {
            throw new IllegalArgumentException("node must be a non-blank name, got " + quoted(node));
        }
        if (!nodes.add(node)) {
            return false;
        }
        for (int i = 0; i < virtualNodes; i++) {
            points.put(RingHash.of(node + "#" + i), node);
        }
        return true;
    }

    public boolean remove(String node) {
        if (node == null) {
            throw new IllegalArgumentException("node must not be null");
        }
        if (!nodes.remove(node)) {
            return false;
        }
        // the same names give the same positions, so the points can be found again without storing them
        for (int i = 0; i < virtualNodes; i++) {
            points.remove(RingHash.of(node + "#" + i));
        }
        return true;
    }

    public Set<String> nodes() {
        return Collections.unmodifiableSet(nodes);
    }

    public String ownerOf(String key) {
        return firstPointFrom(key).getValue();
    }

    public List<String> owners(String key, int replicas) {
        Map.Entry<Long, String> start = firstPointFrom(key);
        if (replicas < 1 || replicas > nodes.size()) {
            throw new IllegalArgumentException("replicas must be between 1 and the " + nodes.size()
                    + " nodes on the ring, got " + replicas);
        }
        // clockwise from the start to the end of the map, then from the beginning: each point at most once
        Set<String> found = new LinkedHashSet<>();
        for (String node : points.tailMap(start.getKey(), true).values()) {
            if (found.add(node) && found.size() == replicas) {
                return new ArrayList<>(found);
            }
        }
        for (String node : points.headMap(start.getKey(), false).values()) {
            if (found.add(node) && found.size() == replicas) {
                break;
            }
        }
        return new ArrayList<>(found);
    }

    private Map.Entry<Long, String> firstPointFrom(String key) {
        if (key == null) {
            throw new IllegalArgumentException("key must not be null");
        }
        if (points.isEmpty()) {
            throw new IllegalStateException("the ring has no nodes, so no key has an owner");
        }
        Map.Entry<Long, String> point = points.ceilingEntry(RingHash.of(key));
        return point != null ? point : points.firstEntry();
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
