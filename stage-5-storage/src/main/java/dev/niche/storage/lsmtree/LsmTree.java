package dev.niche.storage.lsmtree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.KeyValueStore;
import java.util.List;
import java.util.OptionalLong;

/**
 * A log-structured merge tree of {@code long} keys and values on the files of a {@link Disk}: writes go to a log
 * and an in-memory table, which is written out as immutable sorted runs; reads look in the memtable, then in the
 * runs from newest to oldest. The package documentation tells the whole story; the contract:
 *
 * <ul>
 *   <li><b>Durable on return.</b> {@link #put} and {@link #delete} append a record to the log and sync it before
 *       they return. Recovery must tell a whole record from a torn one: a power cut may leave only the first
 *       bytes of the last write (a checksum in each record makes that check sure).</li>
 *   <li><b>A full memtable</b> (it holds {@code memtableLimit} entries) is written out as a run by the put or
 *       delete that finds it full, before or after logging that operation's own record: once the record is synced
 *       the operation may count as done, even if a crash then interrupts the flush.</li>
 *   <li><b>A flush</b> writes the memtable's entries, sorted and with tombstones, to a new run file and syncs it;
 *       then it switches to a new, empty log and records both in the manifest; only then may the old log go.</li>
 *   <li><b>The manifest</b> names the live runs (newest first) and the current log. Replace it whole: write a
 *       temporary file, sync it, then {@link Disk#rename} it over the old one. A crash then leaves the old manifest
 *       or the new one, never half of one. Files the manifest does not name are leftovers of a crash: delete them
 *       when you open.</li>
 *   <li><b>Runs</b> are never changed once written. Each has a {@link KeyFilter} of its keys and a sparse index
 *       (the first key of each block of at most 4096 bytes), both kept in memory, so a get reads no block of a run
 *       whose filter says no, and one block of a run whose filter says maybe.</li>
 *   <li><b>Compaction</b> merges runs so that there are at most 2 log2(n / memtableLimit) + 2 of them for n
 *       writes (for example: merge the two newest runs while they have the same level). When runs merge the newer
 *       version of a key wins; a tombstone may be dropped only when the merged run is the oldest one.</li>
 * </ul>
 *
 * <p>Name your files with a prefix of your own (say {@code lsm-}) and touch no other file of the disk. Not
 * thread-safe.
 */
public final class LsmTree implements KeyValueStore {

    /**
     * Opens the tree whose files are on {@code disk}, recovering every acknowledged write, or starts an empty one.
     * Recovery reads the manifest, loads each run's filter and index, deletes the files the manifest does not name,
     * and replays the log up to its first torn or unfinished record (and cuts the log there, so that new records
     * follow the last whole one).
     *
     * @param memtableLimit how many entries the memtable holds before it is written out as a sorted run
     * @throws NullPointerException     if {@code disk} is null (the message names {@code disk})
     * @throws IllegalArgumentException if {@code memtableLimit < 1} (the message names {@code memtableLimit})
     */
    public static LsmTree open(Disk disk, int memtableLimit) {
        throw new UnsupportedOperationException("TODO: read the manifest, the runs and replay the log");
    }

    /** Maps {@code key} to {@code value}: log and sync, then the memtable; write the memtable out when full. */
    @Override
    public void put(long key, long value) {
        throw new UnsupportedOperationException("TODO: log the write, then put it in the memtable");
    }

    /** The newest version of {@code key}: the memtable first, then the runs from newest to oldest. */
    @Override
    public OptionalLong get(long key) {
        throw new UnsupportedOperationException("TODO: memtable first, then the runs from newest to oldest");
    }

    /** Removes {@code key} by writing a tombstone, logged and synced like a put: it hides every older value. */
    @Override
    public void delete(long key) {
        throw new UnsupportedOperationException("TODO: write a tombstone");
    }

    /**
     * Every live key in {@code [fromInclusive, toExclusive)}, ascending: the memtable and every run merged, the
     * newest version of each key winning, tombstoned keys left out.
     *
     * @throws IllegalArgumentException if {@code fromInclusive > toExclusive} (the message names
     *                                  {@code fromInclusive})
     */
    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        throw new UnsupportedOperationException("TODO: merge the memtable and the runs, newest wins");
    }

    /** Writes the memtable out as a sorted run (nothing when it is empty), then compacts if needed. */
    @Override
    public void flush() {
        throw new UnsupportedOperationException("TODO: write the memtable out as a sorted run");
    }

    /** How many sorted runs the tree has on disk now. */
    public int runCount() {
        throw new UnsupportedOperationException("TODO: count the live runs");
    }
}
