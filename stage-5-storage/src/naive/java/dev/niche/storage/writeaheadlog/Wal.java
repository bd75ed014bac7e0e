package dev.niche.storage.writeaheadlog;

import dev.niche.storage.disk.Disk;
import dev.niche.storage.disk.DiskFile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * A small key-value store (string keys and values) made durable by a redo log on a {@link Disk}.
 *
 * <p>Naive: the log is written like the reference's ({@code [length 4][crc32 4][lsn 8][count 4][writes...]}), but
 * recovery trusts it. It never checks the checksum, and it reads each record's bytes with {@code
 * Arrays.copyOfRange}, which quietly pads with zeros when the file ends early: a record the crash cut short is
 * redone with zeros where its missing bytes should be.
 */
public final class Wal {

    /** The log file. Given code: do not change. */
    public static final String LOG = "wal.log";
    /** The checkpoint file. Given code: do not change. */
    public static final String CHECKPOINT = "wal.checkpoint";
    /** Where a checkpoint is written before it replaces {@link #CHECKPOINT}. Given code: do not change. */
    public static final String CHECKPOINT_TEMP = "wal.checkpoint.tmp";

    private static final int HEADER = 8;          // length + crc
    private static final int BODY_MINIMUM = 12;   // lsn + count
    private static final byte PUT = 'P';
    private static final byte DELETE = 'D';

    private final Disk disk;
    private final DiskFile log;
    private final TreeMap<String, String> state;
    private long lastLsn;

    private Wal(Disk disk, DiskFile log, TreeMap<String, String> state, long lastLsn) {
        this.disk = disk;
        this.log = log;
        this.state = state;
        this.lastLsn = lastLsn;
    }

    /**
     * Opens the store kept on {@code disk} and recovers it: the checkpoint, then every record in the log.
     *
     * @throws NullPointerException if {@code disk} is null (the message names {@code disk})
     */
    public static Wal open(Disk disk) {
        Objects.requireNonNull(disk, "disk");
        if (disk.exists(CHECKPOINT_TEMP)) {
            disk.delete(CHECKPOINT_TEMP);
        }
        TreeMap<String, String> state = new TreeMap<>();
        long checkpointLsn = disk.exists(CHECKPOINT) ? readCheckpoint(disk.open(CHECKPOINT).readAll(), state) : 0;
        long lastLsn = checkpointLsn;

        DiskFile log = disk.open(LOG);
        byte[] bytes = log.readAll();
        int position = 0;
        while (position + HEADER <= bytes.length) {
            int length = ByteBuffer.wrap(bytes, position, HEADER).getInt();
            // The record's bytes, as many as its length says: the length is trusted and the checksum never read.
            ByteBuffer body = ByteBuffer.wrap(Arrays.copyOfRange(bytes, position + HEADER, position + HEADER + length));
            position += HEADER + length;
            long lsn = body.getLong();
            if (lsn <= checkpointLsn) {
                continue;
            }
            redo(body, state);
            lastLsn = lsn;
        }
        return new Wal(disk, log, state, lastLsn);
    }

    /**
     * Commits {@code transaction}: one record, appended and synced, then applied in memory.
     *
     * @return the commit's LSN
     * @throws NullPointerException     if {@code transaction} is null
     * @throws IllegalArgumentException if {@code transaction} holds no writes
     */
    public long commit(Transaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        if (transaction.writes().isEmpty()) {
            throw new IllegalArgumentException("transaction has no writes: add a put or a delete before committing");
        }
        long lsn = lastLsn + 1;
        log.append(record(lsn, transaction));
        log.sync(); // the acknowledgement is the return below: the bytes must be durable before it
        for (Transaction.Write write : transaction.writes()) {
            apply(write, state);
        }
        lastLsn = lsn;
        return lsn;
    }

    /**
     * The value of {@code key}, or empty if it has none.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(state.get(Objects.requireNonNull(key, "key")));
    }

    /** The whole state, sorted by key, unmodifiable. */
    public Map<String, String> snapshot() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(state));
    }

    /** The LSN of the last commit, or 0. */
    public long lastLsn() {
        return lastLsn;
    }

    /** Writes the state to a new checkpoint (temp, sync, rename), then empties the log. */
    public void checkpoint() {
        if (disk.exists(CHECKPOINT_TEMP)) {
            disk.delete(CHECKPOINT_TEMP);
        }
        DiskFile temp = disk.open(CHECKPOINT_TEMP);
        temp.append(checkpointBytes());
        temp.sync();                              // whole on disk before it can replace the old one
        disk.rename(CHECKPOINT_TEMP, CHECKPOINT); // atomic: a crash sees the old checkpoint or the new one
        log.truncate(0);                          // if this is lost, recovery skips the records the checkpoint holds
        log.sync();
    }

    // ---- encoding ----

    private static byte[] record(long lsn, Transaction transaction) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(ByteBuffer.allocate(BODY_MINIMUM).putLong(lsn).putInt(transaction.writes().size()).array());
        for (Transaction.Write write : transaction.writes()) {
            body.write(write instanceof Transaction.Put ? PUT : DELETE);
            writeString(body, write.key());
            if (write instanceof Transaction.Put put) {
                writeString(body, put.value());
            }
        }
        byte[] bytes = body.toByteArray();
        return ByteBuffer.allocate(HEADER + bytes.length).putInt(bytes.length).putInt(crc(bytes, 0, bytes.length))
                .put(bytes).array();
    }

    /** Applies the writes of a record whose checksum matched (the LSN already read). */
    private static void redo(ByteBuffer body, Map<String, String> state) {
        int count = body.getInt();
        for (int i = 0; i < count; i++) {
            byte kind = body.get();
            String key = readString(body);
            apply(kind == PUT ? new Transaction.Put(key, readString(body)) : new Transaction.Delete(key), state);
        }
    }

    private static void apply(Transaction.Write write, Map<String, String> state) {
        if (write instanceof Transaction.Put put) {
            state.put(put.key(), put.value());
        } else {
            state.remove(write.key());
        }
    }

    private byte[] checkpointBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(12).putLong(lastLsn).putInt(state.size()).array());
        state.forEach((key, value) -> {
            writeString(out, key);
            writeString(out, value);
        });
        return out.toByteArray();
    }

    /** Loads a checkpoint into {@code state}; returns its LSN. It is whole: it was synced before the rename. */
    private static long readCheckpoint(byte[] bytes, Map<String, String> state) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        long lsn = in.getLong();
        int count = in.getInt();
        for (int i = 0; i < count; i++) {
            state.put(readString(in), readString(in));
        }
        return lsn;
    }

    private static void writeString(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        out.writeBytes(utf8);
    }

    private static String readString(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
