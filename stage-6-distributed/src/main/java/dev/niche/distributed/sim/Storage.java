package dev.niche.distributed.sim;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A node's durable storage: what survives a crash. Given code: do not change.
 *
 * <p>Each {@link #put} is durable when it returns (think of it as written and synced). Store immutable values
 * (records, strings, numbers, immutable lists): the simulator does not copy them.
 */
public final class Storage {
    private final Map<String, Object> values = new TreeMap<>();
    private long writes;

    /** Stores {@code value} under {@code key}, durably. */
    public void put(String key, Object value) {
        if (key == null || value == null) {
            throw new IllegalArgumentException("storage key and value must not be null, got " + key + " = " + value);
        }
        values.put(key, value);
        writes++;
    }

    /** The value stored under {@code key}, if any. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String key) {
        return Optional.ofNullable((T) values.get(key));
    }

    /** Removes {@code key}, durably. */
    public void remove(String key) {
        values.remove(key);
        writes++;
    }

    /** How many durable writes this node has made (a cost, like a disk sync). */
    public long writes() {
        return writes;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
