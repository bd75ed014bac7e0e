package dev.niche.distributed.consistenthashing;

import java.util.List;
import java.util.Set;

/**
 * A consistent-hashing ring with virtual nodes. Every client that knows the same nodes must compute the same
 * owners, so the layout is fixed by this contract:
 * <ul>
 *   <li>node {@code n} has {@code virtualNodes} points on the ring, at {@code RingHash.of(n + "#" + i)} for
 *       {@code i} from 0 to {@code virtualNodes - 1};</li>
 *   <li>a key sits at {@code RingHash.of(key)};</li>
 *   <li>walking clockwise means towards larger positions (compared as signed {@code long}s), and past the largest
 *       point the walk goes on from the smallest one.</li>
 * </ul>
 * Two points on the same position are practically impossible with 64-bit positions; you need not handle them.
 * Aim for O(log(N V)) per {@link #ownerOf} with N nodes of V points each.
 */
public final class HashRing {

    /**
     * An empty ring whose nodes will each have {@code virtualNodes} points.
     *
     * @throws IllegalArgumentException if {@code virtualNodes < 1} (the message names {@code virtualNodes})
     */
    public HashRing(int virtualNodes) {
        throw new UnsupportedOperationException("TODO: check virtualNodes, keep it, start with no points");
    }

    /**
     * Puts {@code node}'s points on the ring.
     *
     * @return true if the node joined, false if it was already on the ring (nothing changes then)
     * @throws IllegalArgumentException if {@code node} is null or blank (the message names {@code node})
     */
    public boolean add(String node) {
        throw new UnsupportedOperationException("TODO: place the node's virtual points on the ring");
    }

    /**
     * Takes {@code node}'s points off the ring.
     *
     * @return true if the node left, false if it was not on the ring
     * @throws IllegalArgumentException if {@code node} is null (the message names {@code node})
     */
    public boolean remove(String node) {
        throw new UnsupportedOperationException("TODO: take the node's virtual points off the ring");
    }

    /** The nodes on the ring, in no particular order; the caller may not change the set. */
    public Set<String> nodes() {
        throw new UnsupportedOperationException("TODO: the nodes currently on the ring");
    }

    /**
     * The node that owns {@code key}: the node of the first point at or clockwise after the key's position.
     *
     * @throws IllegalArgumentException if {@code key} is null (the message names {@code key})
     * @throws IllegalStateException if the ring has no nodes
     */
    public String ownerOf(String key) {
        throw new UnsupportedOperationException("TODO: find the first point at or after the key's position");
    }

    /**
     * The {@code replicas} nodes that hold copies of {@code key}: walk clockwise from the key's position as
     * {@link #ownerOf} does and collect each node the first time one of its points is met, until there are
     * {@code replicas} of them. The first is the owner; no node appears twice.
     *
     * @throws IllegalArgumentException if {@code key} is null, or {@code replicas} is below 1 or above the number of
     *     nodes (the message names the argument)
     * @throws IllegalStateException if the ring has no nodes
     */
    public List<String> owners(String key, int replicas) {
        throw new UnsupportedOperationException("TODO: walk clockwise collecting distinct nodes");
    }
}
