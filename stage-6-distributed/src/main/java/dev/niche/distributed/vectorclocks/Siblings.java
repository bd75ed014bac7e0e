package dev.niche.distributed.vectorclocks;

import java.util.List;

/**
 * What a read of {@link VersionedStore} returns. Given code: do not change.
 *
 * @param values  every value currently kept for the key, sorted; more than one means concurrent writes (siblings);
 *                empty for a key never written
 * @param context the merge of the siblings' clocks: pass it back with the next write of this key to say which
 *                values the write has seen and replaces
 */
public record Siblings(List<String> values, VectorClock context) {
    public Siblings {
        values = List.copyOf(values);
    }
}
