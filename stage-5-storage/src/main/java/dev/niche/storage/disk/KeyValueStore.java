package dev.niche.storage.disk;

import java.util.List;
import java.util.OptionalLong;

/**
 * What the B+ tree and the LSM tree katas both build: an ordered map from {@code long} keys to {@code long}
 * values kept on a {@link Disk}. Given code: do not change. The engine-advisor kata measures both through this
 * interface with the same counters.
 */
public interface KeyValueStore {

    /** One key and its value, as a scan returns them. */
    record Entry(long key, long value) {
        @Override
        public String toString() {
            return key + "=" + value;
        }
    }

    /** Maps {@code key} to {@code value}, replacing any value it had. */
    void put(long key, long value);

    /** The value of {@code key}, or empty if it has none. */
    OptionalLong get(long key);

    /** Removes {@code key}; does nothing if it has no value. */
    void delete(long key);

    /**
     * Every key in {@code [fromInclusive, toExclusive)} with its value, in ascending key order.
     *
     * @throws IllegalArgumentException if {@code fromInclusive > toExclusive}
     */
    List<Entry> scan(long fromInclusive, long toExclusive);

    /**
     * Writes whatever the store still holds only in memory to the disk and syncs it, so that opening the store
     * again on the same disk finds every write made so far.
     */
    void flush();
}
