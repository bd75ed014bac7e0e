package dev.niche.storage.disk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A simulated disk of named files that counts every read and write and can be crashed. Given code: do not change.
 *
 * <p>A write changes the file at once for every later read, but it is <em>durable</em> only after a {@link
 * DiskFile#sync()} of that file. Creating, deleting and renaming files are durable when they return. All methods
 * are thread-safe (each is atomic).
 *
 * <p>A disk made with {@link #recordingCrashes()} keeps a log of every change ({@link #events()}) so that
 * {@link #crashImage} can rebuild what a power cut would leave at any point of the run. The log holds a copy of
 * every byte written, so record only runs of modest size.
 */
public final class Disk {

    /** The kinds of change a recording disk logs. */
    public enum Change { CREATE, WRITE, TRUNCATE, SYNC, DELETE, RENAME }

    /**
     * One logged change.
     *
     * @param index    its position in the log, from 0
     * @param change   what it did
     * @param file     the file it changed
     * @param position where a write starts, or the new size of a truncate; 0 otherwise
     * @param length   how many bytes a write carried; 0 otherwise
     * @param target   the new name of a rename; empty otherwise
     */
    public record Event(int index, Change change, String file, long position, int length, String target) {
        @Override
        public String toString() {
            return switch (change) {
                case WRITE -> "#" + index + " write " + file + " [" + position + ", " + (position + length) + ")";
                case TRUNCATE -> "#" + index + " truncate " + file + " to " + position + " bytes";
                case RENAME -> "#" + index + " rename " + file + " to " + target;
                default -> "#" + index + " " + change.name().toLowerCase(java.util.Locale.ROOT) + " " + file;
            };
        }
    }

    private final Map<String, Bytes> files = new TreeMap<>();
    private final Map<String, IoStats> fileStats = new TreeMap<>();
    private final List<Event> events;
    private final List<byte[]> written;
    /** The files this disk started with (a crash image's), all durable: where a replay begins. */
    private final Map<String, Bytes> base = new TreeMap<>();
    private IoStats stats = IoStats.ZERO;

    private Disk(boolean recording) {
        this.events = recording ? new ArrayList<>() : null;
        this.written = recording ? new ArrayList<>() : null;
    }

    /** An empty disk that counts but keeps no log (cannot be crashed). */
    public static Disk inMemory() {
        return new Disk(false);
    }

    /** An empty disk that also logs every change, so that {@link #crashImage} can be asked for any point. */
    public static Disk recordingCrashes() {
        return new Disk(true);
    }

    /**
     * The file called {@code name}, created empty if it does not exist.
     *
     * @throws IllegalArgumentException if {@code name} is null or blank
     */
    public synchronized DiskFile open(String name) {
        requireName(name, "name");
        if (!files.containsKey(name)) {
            files.put(name, new Bytes());
            log(Change.CREATE, name, 0, null, "");
        }
        return new DiskFile(this, name);
    }

    /** Whether a file called {@code name} exists. */
    public synchronized boolean exists(String name) {
        return files.containsKey(name);
    }

    /** The names of all files, in alphabetical order. */
    public synchronized List<String> list() {
        return List.copyOf(files.keySet());
    }

    /**
     * Deletes the file; its handles stop working.
     *
     * @throws IllegalArgumentException if there is no such file
     */
    public synchronized void delete(String name) {
        existing(name);
        files.remove(name);
        log(Change.DELETE, name, 0, null, "");
    }

    /**
     * Renames {@code from} to {@code to}, atomically replacing any file called {@code to}: the way to swap in a new
     * version of a file so that a crash leaves either the old one or the new one. Handles of {@code from} stop
     * working; open {@code to} again.
     *
     * @throws IllegalArgumentException if {@code from} does not exist or {@code to} is blank
     */
    public synchronized void rename(String from, String to) {
        Bytes bytes = existing(from);
        requireName(to, "to");
        files.remove(from);
        files.put(to, bytes);
        log(Change.RENAME, from, 0, null, to);
    }

    /** The sum of all file sizes in bytes: what the data costs in space. */
    public synchronized long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Every read, write and sync on this disk so far, deleted files included. */
    public synchronized IoStats stats() {
        return stats;
    }

    /** Every read, write and sync on the file called {@code name} so far (under that name). */
    public synchronized IoStats stats(String name) {
        return fileStats.getOrDefault(name, IoStats.ZERO);
    }

    /** The number of changes logged so far: the crash points are 0 to this number. */
    public synchronized int eventCount() {
        return recording().size();
    }

    /** The logged changes, oldest first. */
    public synchronized List<Event> events() {
        return Collections.unmodifiableList(new ArrayList<>(recording()));
    }

    /**
     * The disk a power cut would leave if it struck after the first {@code afterEvents} changes: a new disk (which
     * records too, with empty counters and an empty log, so it can be crashed again), the same files, and in each
     * file either every byte written so far or only the bytes made durable by its last sync.
     *
     * @param afterEvents     how many logged changes happened before the cut, 0 to {@link #eventCount()}
     * @param tornBytes       how many leading bytes of the next change, which must then be a write, reached the
     *                        file before the cut (0 for none); only kept when unsynced bytes survive
     * @param unsyncedSurvive true: the cut kept every byte written (the cache was flushed); false: every byte not
     *                        yet synced is lost
     * @throws IllegalStateException    if this disk does not record
     * @throws IllegalArgumentException if the point is outside the log or the torn change is not a write at least
     *                                  {@code tornBytes + 1} long
     */
    public synchronized Disk crashImage(int afterEvents, int tornBytes, boolean unsyncedSurvive) {
        List<Event> log = recording();
        if (afterEvents < 0 || afterEvents > log.size()) {
            throw new IllegalArgumentException("afterEvents = " + afterEvents + " is outside 0.." + log.size());
        }
        if (tornBytes < 0 || tornBytes > 0 && (afterEvents == log.size()
                || log.get(afterEvents).change() != Change.WRITE || tornBytes >= log.get(afterEvents).length())) {
            throw new IllegalArgumentException("tornBytes = " + tornBytes + " does not tear change #" + afterEvents
                    + (afterEvents < log.size() ? " (" + log.get(afterEvents) + ")" : " (there is none)"));
        }
        Map<String, Bytes[]> replay = new TreeMap<>(); // name -> {current, durable}
        base.forEach((name, bytes) -> replay.put(name, new Bytes[] {bytes.copy(), bytes.copy()}));
        for (int i = 0; i < afterEvents; i++) {
            apply(replay, log.get(i), written.get(i), Integer.MAX_VALUE);
        }
        if (tornBytes > 0) {
            apply(replay, log.get(afterEvents), written.get(afterEvents), tornBytes);
        }
        Disk image = new Disk(true);
        replay.forEach((name, versions) -> {
            Bytes kept = unsyncedSurvive ? versions[0] : versions[1];
            image.files.put(name, kept.copy());
            image.base.put(name, kept.copy());
        });
        return image;
    }

    private static void apply(Map<String, Bytes[]> replay, Event e, byte[] data, int limit) {
        switch (e.change()) {
            case CREATE -> replay.put(e.file(), new Bytes[] {new Bytes(), new Bytes()});
            case WRITE -> replay.get(e.file())[0].write(e.position(), data, 0, Math.min(limit, data.length));
            case TRUNCATE -> replay.get(e.file())[0].truncate(e.position());
            case SYNC -> {
                Bytes[] versions = replay.get(e.file());
                versions[1] = versions[0].copy();
            }
            case DELETE -> replay.remove(e.file());
            case RENAME -> replay.put(e.target(), replay.remove(e.file()));
            default -> throw new AssertionError(e);
        }
    }

    // ---- used by DiskFile ----

    synchronized long size(String name) {
        return existing(name).length;
    }

    synchronized void read(String name, long position, byte[] into, int offset, int length) {
        Bytes bytes = existing(name);
        Objects.checkFromIndexSize(offset, length, into.length);
        if (position < 0 || position + length > bytes.length) {
            throw new IllegalArgumentException("cannot read " + length + " bytes at position " + position + " of "
                    + name + ", which has " + bytes.length + " bytes");
        }
        System.arraycopy(bytes.data, (int) position, into, offset, length);
        count(name, counts -> counts.plusRead(length));
    }

    synchronized void write(String name, long position, byte[] from, int offset, int length) {
        Bytes bytes = existing(name);
        Objects.checkFromIndexSize(offset, length, from.length);
        if (position < 0 || position > bytes.length) {
            throw new IllegalArgumentException("cannot write at position " + position + " of " + name + ", which has "
                    + bytes.length + " bytes (a write may extend a file, not leave a hole)");
        }
        bytes.write(position, from, offset, length);
        count(name, counts -> counts.plusWrite(length));
        log(Change.WRITE, name, position, Arrays.copyOfRange(from, offset, offset + length), "");
    }

    synchronized void truncate(String name, long size) {
        Bytes bytes = existing(name);
        if (size < 0 || size > bytes.length) {
            throw new IllegalArgumentException("cannot truncate " + name + " (" + bytes.length + " bytes) to " + size);
        }
        bytes.truncate(size);
        log(Change.TRUNCATE, name, size, null, "");
    }

    synchronized void sync(String name) {
        existing(name);
        count(name, IoStats::plusSync);
        log(Change.SYNC, name, 0, null, "");
    }

    /** Applies one I/O to the disk's counters and to the file's. */
    private void count(String name, UnaryOperator<IoStats> io) {
        stats = io.apply(stats);
        fileStats.put(name, io.apply(fileStats.getOrDefault(name, IoStats.ZERO)));
    }

    private Bytes existing(String name) {
        Bytes bytes = files.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("no file called " + name + " (files: " + files.keySet() + ")");
        }
        return bytes;
    }

    private List<Event> recording() {
        if (events == null) {
            throw new IllegalStateException("this disk keeps no log: make it with Disk.recordingCrashes()");
        }
        return events;
    }

    private void log(Change change, String file, long position, byte[] data, String target) {
        if (events != null) {
            events.add(new Event(events.size(), change, file, position, data == null ? 0 : data.length, target));
            written.add(data);
        }
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-blank file name, got " + name);
        }
    }

    /** A growable byte array. */
    private static final class Bytes {
        byte[] data = new byte[64];
        int length;

        void write(long position, byte[] from, int offset, int count) {
            int end = Math.toIntExact(position + count);
            if (end > data.length) {
                data = Arrays.copyOf(data, Math.max(end, data.length * 2));
            }
            System.arraycopy(from, offset, data, (int) position, count);
            length = Math.max(length, end);
        }

        void truncate(long size) {
            Arrays.fill(data, (int) size, length, (byte) 0);
            length = (int) size;
        }

        Bytes copy() {
            Bytes copy = new Bytes();
            copy.data = Arrays.copyOf(data, Math.max(64, length));
            copy.length = length;
            return copy;
        }
    }
}
