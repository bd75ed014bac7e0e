package dev.niche.storage.writeaheadlog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The writes of one transaction, collected in memory until {@link Wal#commit} makes them durable all together.
 * Given code: do not change.
 *
 * <p>Nothing reaches the store or the disk before the commit: a transaction that is never committed (abandoned,
 * or in flight when the power fails) changes nothing.
 */
public final class Transaction {

    /** One write: a {@link Put} or a {@link Delete}. */
    public sealed interface Write permits Put, Delete {
        /** The key it writes. */
        String key();
    }

    /** Maps {@code key} to {@code value}. */
    public record Put(String key, String value) implements Write {
        @Override
        public String toString() {
            return "put " + key + "=" + value;
        }
    }

    /** Removes {@code key} (nothing happens if it has no value). */
    public record Delete(String key) implements Write {
        @Override
        public String toString() {
            return "delete " + key;
        }
    }

    private final List<Write> writes = new ArrayList<>();

    /**
     * Adds a write of {@code value} under {@code key}; a later write of the same key wins.
     *
     * @return this transaction, to chain calls
     * @throws NullPointerException if {@code key} or {@code value} is null
     */
    public Transaction put(String key, String value) {
        writes.add(new Put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value")));
        return this;
    }

    /**
     * Adds the removal of {@code key}; a later write of the same key wins.
     *
     * @return this transaction, to chain calls
     * @throws NullPointerException if {@code key} is null
     */
    public Transaction delete(String key) {
        writes.add(new Delete(Objects.requireNonNull(key, "key")));
        return this;
    }

    /** The writes in the order they were added (read-only). */
    public List<Write> writes() {
        return Collections.unmodifiableList(writes);
    }

    @Override
    public String toString() {
        return writes.toString();
    }
}
