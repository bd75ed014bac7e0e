package dev.niche.distributed.raft;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state machine that Raft keeps identical on every node: a map of {@code long} registers, each starting at 0.
 * Given code: do not change. Feed it each committed command exactly once, in log order; the checks read {@link
 * #applied()} to compare the nodes.
 */
public final class KeyValueStore {
    private final Map<String, Long> values = new HashMap<>();
    private final List<Object> applied = new ArrayList<>();

    /**
     * Applies a committed command and returns the answer its client should get ({@link Protocol.PutOk} or {@link
     * Protocol.GetOk}).
     *
     * @throws IllegalArgumentException if {@code command} is not a {@link Protocol.Put} or a {@link Protocol.Get}
     *                                  with a non-null key
     */
    public Object apply(Object command) {
        if (command instanceof Protocol.Put put && put.key() != null) {
            values.put(put.key(), put.value());
            applied.add(put);
            return new Protocol.PutOk(put.key());
        }
        if (command instanceof Protocol.Get get && get.key() != null) {
            applied.add(get);
            return new Protocol.GetOk(get.key(), values.getOrDefault(get.key(), 0L));
        }
        throw new IllegalArgumentException("command must be a Put or a Get with a non-null key, got " + command);
    }

    /** Every command applied so far, in order (read-only view). */
    public List<Object> applied() {
        return Collections.unmodifiableList(applied);
    }
}
