package dev.niche.distributed.jumphash;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Highest random weight: every node scores the key with a well-mixed 64-bit hash of (key, node), and the highest
 * score wins. A node's departure only re-homes the keys it won; a new node wins about 1/(N+1) of the keys.
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
        long keyHash = hash(key, 0x9E3779B97F4A7C15L);
        String best = null;
        long bestScore = 0;
        for (String node : nodes) {
            long score = mix(keyHash ^ hash(node, 0xC2B2AE3D27D4EB4FL));
            // ties (practically never) go to the smaller name, so the answer does not depend on iteration order
            if (best == null || Long.compareUnsigned(score, bestScore) > 0
                    || score == bestScore && node.compareTo(best) < 0) {
                best = node;
                bestScore = score;
            }
        }
        return best;
    }

    /** FNV-1a over the UTF-8 bytes, then mixed: String.hashCode alone is too regular for this. */
    private static long hash(String text, long seed) {
        long h = seed ^ 0xCBF29CE484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001B3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finalizer: every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
