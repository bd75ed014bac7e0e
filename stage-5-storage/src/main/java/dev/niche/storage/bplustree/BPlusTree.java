package dev.niche.storage.bplustree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.List;
import java.util.OptionalLong;

/**
 * A B+ tree of {@code long} keys and values on the pages of a {@link dev.niche.storage.disk.PageFile}.
 *
 * <p><b>The tree lives on its pages.</b> Page 0 is a header that says which page is the root (and whatever else
 * you need to reopen the tree: the height, the page size). Every other page is a node: a <em>leaf</em> holds
 * sorted (key, value) entries and the page number of the next leaf; an <em>inner</em> page holds sorted separator
 * keys and one more child page number than keys. Between calls, keep in fields only what the header holds: every
 * node is read with {@code PageFile.read} when a call needs it and written with {@code PageFile.write} when it
 * changes. No node objects, no cache: that is a buffer pool's job, in another kata.
 *
 * <p><b>Layouts.</b> You design the bytes. Two rules keep the tree shallow: a leaf must hold at least
 * {@code (pageSize - 32) / 16} entries and an inner page at least {@code (pageSize - 32) / 12} keys (16 bytes an
 * entry, 12 bytes a key and its child, and room for a small page header), and a page that overflows splits into
 * two halves. So a tree built by puts has leaves at least {@code m = (pageSize - 32) / 32} entries full and inner
 * pages with at least {@code f = (pageSize - 32) / 24} children (the root may have two).
 *
 * <p><b>Costs, counted on the disk:</b>
 * <ul>
 *   <li>{@link #get} reads exactly {@link #height()} pages: one per level, root to leaf.</li>
 *   <li>{@link #put} and {@link #delete} read the same pages as a lookup, then write the pages they change.</li>
 *   <li>{@link #scan} descends once, then follows the leaf chain: a scan that returns r entries from a tree built
 *       by puts reads at most {@code height() + ceil(r / m) + 1} pages.</li>
 *   <li>With n keys put, {@code height()} is at most {@code 2 + log_f(n / (2 m))} (and 1 while one leaf holds
 *       them all).</li>
 * </ul>
 *
 * <p>Deleting may simply remove the entry from its leaf; merging under-full pages is not required (a leaf may even
 * become empty and stay in the chain). Crash safety is not required either: after {@link #flush()} the file on disk
 * is a complete tree; a crash between flushes may leave it half-written (the write-ahead-log kata fixes that).
 */
public final class BPlusTree implements KeyValueStore {

    /**
     * Opens the tree kept in file {@code file} of {@code disk}, creating an empty one if the file is absent or
     * empty. A new tree is a header page and one empty leaf, the root, already synced; its height is 1.
     *
     * @throws NullPointerException     if {@code disk} is null (the message names {@code disk})
     * @throws IllegalArgumentException if {@code file} is null or blank (the message names {@code file}), if
     *                                  {@code pageSize < 128} (the message names {@code pageSize}), or if the file
     *                                  holds a tree written with another page size (the message names
     *                                  {@code pageSize})
     */
    public static BPlusTree open(Disk disk, String file, int pageSize) {
        throw new UnsupportedOperationException("TODO: open the page file and read (or write) the header and root");
    }

    /** Maps {@code key} to {@code value}: descend to its leaf, insert or overwrite, split full pages upwards. */
    @Override
    public void put(long key, long value) {
        throw new UnsupportedOperationException("TODO: descend to the leaf, insert, split full pages upwards");
    }

    /** The value of {@code key}, or empty; reads exactly {@link #height()} pages. */
    @Override
    public OptionalLong get(long key) {
        throw new UnsupportedOperationException("TODO: descend from the root to the one leaf that can hold the key");
    }

    /** Removes {@code key} from its leaf, if it is there (no merging needed). */
    @Override
    public void delete(long key) {
        throw new UnsupportedOperationException("TODO: remove the key from its leaf");
    }

    /**
     * Every key in {@code [fromInclusive, toExclusive)} with its value, in ascending key order: one descent to the
     * leaf of {@code fromInclusive}, then along the next-leaf pointers until a key reaches {@code toExclusive}.
     *
     * @throws IllegalArgumentException if {@code fromInclusive > toExclusive} (the message names both)
     */
    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        throw new UnsupportedOperationException("TODO: find the first leaf, then follow the leaf chain");
    }

    /** Writes whatever is not on the pages yet (the header, if you delay it) and syncs the page file. */
    @Override
    public void flush() {
        throw new UnsupportedOperationException("TODO: write what is only in memory, then sync");
    }

    /** The number of pages a lookup reads from the root to a leaf (1 when the root is a leaf). */
    public int height() {
        throw new UnsupportedOperationException("TODO: return the tree's height");
    }
}
