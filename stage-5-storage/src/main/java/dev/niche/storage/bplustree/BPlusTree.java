package dev.niche.storage.bplustree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.List;
import java.util.OptionalLong;

/** A B+ tree of {@code long} keys and values on the pages of a {@link dev.niche.storage.disk.PageFile}. */
public final class BPlusTree implements KeyValueStore {

    /**
     * Opens the tree kept in file {@code file} of {@code disk}, creating an empty one if the file is absent or empty.
     *
     * @throws IllegalArgumentException if {@code pageSize} is too small to hold a few entries per page
     */
    public static BPlusTree open(Disk disk, String file, int pageSize) {
        throw new UnsupportedOperationException("TODO: open the page file and read (or write) the root");
    }

    @Override
    public void put(long key, long value) {
        throw new UnsupportedOperationException("TODO: descend to the leaf, insert, split full pages upwards");
    }

    @Override
    public OptionalLong get(long key) {
        throw new UnsupportedOperationException("TODO: descend from the root to the one leaf that can hold the key");
    }

    @Override
    public void delete(long key) {
        throw new UnsupportedOperationException("TODO: remove the key from its leaf");
    }

    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        throw new UnsupportedOperationException("TODO: find the first leaf, then follow the leaf chain");
    }

    @Override
    public void flush() {
        throw new UnsupportedOperationException("TODO: write what is only in memory, then sync");
    }

    /** The number of pages a lookup reads from the root to a leaf (1 when the root is a leaf). */
    public int height() {
        throw new UnsupportedOperationException("TODO: return the tree's height");
    }
}
