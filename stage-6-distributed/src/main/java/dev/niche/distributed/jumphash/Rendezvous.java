package dev.niche.distributed.jumphash;

import java.util.Collection;

/** Rendezvous (highest random weight) hashing: a key's owner among named nodes. */
public final class Rendezvous {

    private Rendezvous() {
    }

    /**
     * The node that owns {@code key}: the one whose (key, node) score is highest. It depends only on the key and
     * the set of nodes, not on their order; removing a node other than the owner never changes the owner.
     *
     * @throws IllegalArgumentException if {@code key} is null, or {@code nodes} is null, empty or contains null
     */
    public static String owner(String key, Collection<String> nodes) {
        throw new UnsupportedOperationException("TODO: score every node for this key, return the highest");
    }
}
