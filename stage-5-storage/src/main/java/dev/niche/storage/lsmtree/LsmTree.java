package dev.niche.storage.lsmtree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.List;
import java.util.OptionalLong;

/** A log-structured merge tree of {@code long} keys and values on the files of a {@link Disk}. */
public final class LsmTree implements KeyValueStore {

    /**
     * Opens the tree whose files are on {@code disk}, recovering every acknowledged write, or starts an empty one.
     *
     * @param memtableLimit how many entries the memtable holds before it is written out as a sorted run
     * @throws IllegalArgumentException if {@code memtableLimit < 1}
     */
    public static LsmTree open(Disk disk, int memtableLimit) {
        throw new UnsupportedOperationException("TODO: read the manifest, the runs and replay the log");
    }

    @Override
    public void put(long key, long value) {
        throw new UnsupportedOperationException("TODO: log the write, then put it in the memtable");
    }

    @Override
    public OptionalLong get(long key) {
        throw new UnsupportedOperationException("TODO: memtable first, then the runs from newest to oldest");
    }

    @Override
    public void delete(long key) {
        throw new UnsupportedOperationException("TODO: write a tombstone");
    }

    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        throw new UnsupportedOperationException("TODO: merge the memtable and the runs, newest wins");
    }

    @Override
    public void flush() {
        throw new UnsupportedOperationException("TODO: write the memtable out as a sorted run");
    }
}
