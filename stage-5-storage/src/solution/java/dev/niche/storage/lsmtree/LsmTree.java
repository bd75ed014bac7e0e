package dev.niche.storage.lsmtree;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.DiskFile;
import dev.niche.storage.disk.KeyValueStore;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A log-structured merge tree of {@code long} keys and values on the files of a {@link Disk}.
 *
 * <p>Reference. Files, all named {@code lsm-...} so that other files on the disk are left alone:
 * <ul>
 *   <li>{@code lsm-log-N}: the write-ahead log of the memtable, fixed 21-byte records (kind, key, value, CRC-32);</li>
 *   <li>{@code lsm-run-N}: a sorted run, written once and never changed: blocks of 64 entries, then the first key
 *       of each block (the sparse index), the run's {@link KeyFilter}, and an 8-byte footer;</li>
 *   <li>{@code lsm-manifest}: which runs are live (newest first, with their levels), which log is current and the
 *       next file number; replaced whole by writing {@code lsm-manifest.tmp}, syncing it and renaming it.</li>
 * </ul>
 * Compaction is a binary counter: a flushed run has level 0, and two runs of the same level merge into one of the
 * next level, so n entries make at most log2(n / memtableLimit) + 1 runs.
 */
public final class LsmTree implements KeyValueStore {
    private static final String MANIFEST = "lsm-manifest";
    private static final String MANIFEST_TEMP = "lsm-manifest.tmp";
    private static final String PREFIX = "lsm-";
    private static final int LOG_RECORD_BYTES = 1 + 8 + 8 + 4;
    private static final byte PUT = 1;
    private static final byte DELETE = 2;

    private final Disk disk;
    private final int memtableLimit;
    private final TreeMap<Long, Cell> memtable = new TreeMap<>();
    private final List<Run> runs = new ArrayList<>(); // newest first: the first run that has a key wins
    private DiskFile log;
    private long logNumber;
    private long nextFileNumber;

    /** A key's latest version: its value, or a tombstone that hides every older value. */
    private record Cell(long key, long value, boolean tombstone) {
    }

    private LsmTree(Disk disk, int memtableLimit) {
        this.disk = disk;
        this.memtableLimit = memtableLimit;
    }

    /**
     * Opens the tree whose files are on {@code disk}, recovering every acknowledged write, or starts an empty one.
     *
     * @param memtableLimit how many entries the memtable holds before it is written out as a sorted run
     * @throws NullPointerException     if {@code disk} is null
     * @throws IllegalArgumentException if {@code memtableLimit < 1}
     */
    public static LsmTree open(Disk disk, int memtableLimit) {
        Objects.requireNonNull(disk, "disk");
        if (memtableLimit < 1) {
            throw new IllegalArgumentException("memtableLimit must be at least 1, was " + memtableLimit);
        }
        LsmTree tree = new LsmTree(disk, memtableLimit);
        tree.recover();
        return tree;
    }

    @Override
    public void put(long key, long value) {
        write(new Cell(key, value, false));
    }

    @Override
    public OptionalLong get(long key) {
        Cell cell = memtable.get(key);
        for (int i = 0; cell == null && i < runs.size(); i++) {
            cell = runs.get(i).find(key);
        }
        return cell == null || cell.tombstone() ? OptionalLong.empty() : OptionalLong.of(cell.value());
    }

    @Override
    public void delete(long key) {
        write(new Cell(key, 0, true)); // we cannot know cheaply whether an older run has the key: always hide it
    }

    @Override
    public List<Entry> scan(long fromInclusive, long toExclusive) {
        if (fromInclusive > toExclusive) {
            throw new IllegalArgumentException("fromInclusive (" + fromInclusive + ") must not exceed toExclusive ("
                    + toExclusive + ")");
        }
        TreeMap<Long, Cell> merged = new TreeMap<>();
        for (int i = runs.size() - 1; i >= 0; i--) { // oldest first, so newer versions overwrite older ones
            runs.get(i).scanInto(fromInclusive, toExclusive, merged);
        }
        merged.putAll(memtable.subMap(fromInclusive, toExclusive));
        List<Entry> entries = new ArrayList<>();
        for (Cell cell : merged.values()) {
            if (!cell.tombstone()) {
                entries.add(new Entry(cell.key(), cell.value()));
            }
        }
        return entries;
    }

    @Override
    public void flush() {
        if (!memtable.isEmpty()) {
            flushMemtable();
        }
    }

    /** How many sorted runs the tree has on disk. */
    public int runCount() {
        return runs.size();
    }

    // ---- writing ----

    private void write(Cell cell) {
        // Flushing a full memtable before logging keeps the log to memtableLimit records; a crash anywhere in the
        // flush leaves exactly the writes acknowledged so far (flushing after the sync would be safe too).
        if (memtable.size() >= memtableLimit) {
            flushMemtable();
        }
        log.append(logRecord(cell));
        log.sync(); // acknowledged only once it is durable
        memtable.put(cell.key(), cell);
    }

    private void flushMemtable() {
        Run run = Run.write(disk, nextFileNumber++, 0, new ArrayList<>(memtable.values()));
        DiskFile oldLog = log;
        logNumber = nextFileNumber++;
        log = disk.open(PREFIX + "log-" + logNumber);
        runs.add(0, run);
        // The run is synced; the manifest now swaps in the run and the empty log together, in one rename.
        writeManifest();
        disk.delete(oldLog.name());
        memtable.clear();
        compact();
    }

    /** Merges the two newest runs while they have the same level. */
    private void compact() {
        while (runs.size() >= 2 && runs.get(0).level == runs.get(1).level) {
            Run newer = runs.get(0);
            Run older = runs.get(1);
            // A tombstone must stay while an older run may still hold the key; below the oldest run there is none.
            boolean intoOldest = runs.size() == 2;
            List<Cell> merged = merge(newer.readAll(), older.readAll(), intoOldest);
            runs.remove(0);
            runs.remove(0);
            if (!merged.isEmpty()) {
                runs.add(0, Run.write(disk, nextFileNumber++, older.level + 1, merged));
            }
            writeManifest();
            disk.delete(newer.file.name());
            disk.delete(older.file.name());
        }
    }

    /** Two sorted lists into one; on equal keys the newer version wins. */
    private static List<Cell> merge(List<Cell> newer, List<Cell> older, boolean dropTombstones) {
        List<Cell> merged = new ArrayList<>(newer.size() + older.size());
        int i = 0;
        int j = 0;
        while (i < newer.size() || j < older.size()) {
            Cell next;
            if (j == older.size() || i < newer.size() && newer.get(i).key() <= older.get(j).key()) {
                next = newer.get(i++);
                if (j < older.size() && older.get(j).key() == next.key()) {
                    j++; // shadowed by the newer version
                }
            } else {
                next = older.get(j++);
            }
            if (!(dropTombstones && next.tombstone())) {
                merged.add(next);
            }
        }
        return merged;
    }

    private void writeManifest() {
        ByteBuffer bytes = ByteBuffer.allocate(8 + 8 + 4 + runs.size() * (8 + 4));
        bytes.putLong(nextFileNumber).putLong(logNumber).putInt(runs.size());
        for (Run run : runs) {
            bytes.putLong(run.number).putInt(run.level);
        }
        DiskFile temp = disk.open(MANIFEST_TEMP);
        temp.write(0, bytes.array());
        temp.sync();
        disk.rename(MANIFEST_TEMP, MANIFEST); // atomic: a crash leaves the old manifest or the new one, never half
    }

    // ---- recovery ----

    private void recover() {
        if (disk.exists(MANIFEST)) {
            ByteBuffer manifest = ByteBuffer.wrap(disk.open(MANIFEST).readAll());
            nextFileNumber = manifest.getLong();
            logNumber = manifest.getLong();
            int count = manifest.getInt();
            for (int i = 0; i < count; i++) {
                long number = manifest.getLong();
                runs.add(Run.load(disk, number, manifest.getInt()));
            }
        } else {
            logNumber = 0;
            nextFileNumber = 1;
        }
        log = disk.open(PREFIX + "log-" + logNumber);
        // Whatever the manifest does not name is a leftover of a crash: a run or log it never took in, or a temp.
        Set<String> live = new HashSet<>(List.of(MANIFEST, log.name()));
        runs.forEach(run -> live.add(run.file.name()));
        for (String name : disk.list()) {
            if (name.startsWith(PREFIX) && !live.contains(name)) {
                disk.delete(name);
            }
        }
        replayLog();
    }

    /** Applies every whole record of the log; the first torn or unfinished one ends it and is cut off. */
    private void replayLog() {
        ByteBuffer bytes = ByteBuffer.wrap(log.readAll());
        int valid = 0;
        while (bytes.remaining() >= LOG_RECORD_BYTES) {
            byte kind = bytes.get();
            long key = bytes.getLong();
            long value = bytes.getLong();
            int crc = bytes.getInt();
            if (kind != PUT && kind != DELETE || crc != crc(bytes.array(), valid)) {
                break;
            }
            memtable.put(key, new Cell(key, value, kind == DELETE));
            valid += LOG_RECORD_BYTES;
        }
        if (valid < log.size()) {
            log.truncate(valid); // new records must follow the last whole one, not the torn bytes
            log.sync();
        }
    }

    private static byte[] logRecord(Cell cell) {
        ByteBuffer record = ByteBuffer.allocate(LOG_RECORD_BYTES);
        record.put(cell.tombstone() ? DELETE : PUT).putLong(cell.key()).putLong(cell.value());
        record.putInt(crc(record.array(), 0));
        return record.array();
    }

    /** The CRC-32 of the 17 bytes of a record before its checksum. */
    private static int crc(byte[] bytes, int start) {
        CRC32 crc = new CRC32();
        crc.update(bytes, start, LOG_RECORD_BYTES - 4);
        return (int) crc.getValue();
    }

    /**
     * One sorted run: an immutable file of entries in key order. Its sparse index (the first key of each block) and
     * its filter stay in memory, so a lookup reads at most one block, and none when the filter says no.
     */
    private static final class Run {
        private static final int ENTRY_BYTES = 8 + 8 + 1;
        private static final int BLOCK_ENTRIES = 64;
        private static final int FOOTER_BYTES = 4 + 4;

        final DiskFile file;
        final long number;
        final int level;
        private final int entryCount;
        private final long[] firstKeys;
        private final KeyFilter filter;

        private Run(DiskFile file, long number, int level, int entryCount, long[] firstKeys, KeyFilter filter) {
            this.file = file;
            this.number = number;
            this.level = level;
            this.entryCount = entryCount;
            this.firstKeys = firstKeys;
            this.filter = filter;
        }

        /** Writes the cells (sorted, at least one) as a new run file and syncs it before anyone refers to it. */
        static Run write(Disk disk, long number, int level, List<Cell> cells) {
            int blocks = (cells.size() + BLOCK_ENTRIES - 1) / BLOCK_ENTRIES;
            long[] firstKeys = new long[blocks];
            KeyFilter filter = KeyFilter.forKeys(cells.size());
            ByteBuffer bytes = ByteBuffer.allocate(cells.size() * ENTRY_BYTES + blocks * 8 + filter.sizeInBytes()
                    + FOOTER_BYTES);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (i % BLOCK_ENTRIES == 0) {
                    firstKeys[i / BLOCK_ENTRIES] = cell.key();
                }
                filter.add(cell.key());
                bytes.putLong(cell.key()).putLong(cell.value()).put((byte) (cell.tombstone() ? 1 : 0));
            }
            for (long key : firstKeys) {
                bytes.putLong(key);
            }
            bytes.put(filter.toBytes()).putInt(cells.size()).putInt(filter.sizeInBytes());
            DiskFile file = disk.open(fileName(number));
            file.write(0, bytes.array());
            file.sync();
            return new Run(file, number, level, cells.size(), firstKeys, filter);
        }

        static String fileName(long number) {
            return PREFIX + "run-" + number;
        }

        /** Reads a run's footer, then its index and filter: two reads. */
        static Run load(Disk disk, long number, int level) {
            DiskFile file = disk.open(fileName(number));
            ByteBuffer footer = ByteBuffer.wrap(file.read(file.size() - FOOTER_BYTES, FOOTER_BYTES));
            int entryCount = footer.getInt();
            int filterBytes = footer.getInt();
            int blocks = (entryCount + BLOCK_ENTRIES - 1) / BLOCK_ENTRIES;
            ByteBuffer meta = ByteBuffer.wrap(file.read((long) entryCount * ENTRY_BYTES, blocks * 8 + filterBytes));
            long[] firstKeys = new long[blocks];
            meta.asLongBuffer().get(firstKeys);
            byte[] filter = new byte[filterBytes];
            meta.position(blocks * 8).get(filter);
            return new Run(file, number, level, entryCount, firstKeys, KeyFilter.fromBytes(filter));
        }

        /** The run's version of {@code key}, or null: the filter first, then the one block that may hold it. */
        Cell find(long key) {
            if (!filter.mightContain(key)) {
                return null;
            }
            int block = blockFor(key);
            if (block < 0) {
                return null;
            }
            List<Cell> cells = readBlock(block);
            int low = 0;
            int high = cells.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long midKey = cells.get(mid).key();
                if (midKey == key) {
                    return cells.get(mid);
                } else if (midKey < key) {
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return null;
        }

        /** Puts every version in {@code [from, to)} into {@code into}, reading only the blocks that overlap it. */
        void scanInto(long from, long to, TreeMap<Long, Cell> into) {
            for (int block = Math.max(0, blockFor(from)); block < firstKeys.length && firstKeys[block] < to; block++) {
                for (Cell cell : readBlock(block)) {
                    if (cell.key() >= from && cell.key() < to) {
                        into.put(cell.key(), cell);
                    }
                }
            }
        }

        /** Every entry, for a merge: one read. */
        List<Cell> readAll() {
            return decode(file.read(0, entryCount * ENTRY_BYTES));
        }

        /** The last block whose first key is at most {@code key}; -1 when the key is below the whole run. */
        private int blockFor(long key) {
            int low = 0;
            int high = firstKeys.length - 1;
            int found = -1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (firstKeys[mid] <= key) {
                    found = mid;
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return found;
        }

        private List<Cell> readBlock(int block) {
            int first = block * BLOCK_ENTRIES;
            int count = Math.min(BLOCK_ENTRIES, entryCount - first);
            return decode(file.read((long) first * ENTRY_BYTES, count * ENTRY_BYTES));
        }

        private static List<Cell> decode(byte[] bytes) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            List<Cell> cells = new ArrayList<>(bytes.length / ENTRY_BYTES);
            while (buffer.hasRemaining()) {
                cells.add(new Cell(buffer.getLong(), buffer.getLong(), buffer.get() == 1));
            }
            return cells;
        }
    }
}
