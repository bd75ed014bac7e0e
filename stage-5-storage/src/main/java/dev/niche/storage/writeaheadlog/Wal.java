package dev.niche.storage.writeaheadlog;

import dev.niche.storage.disk.Disk;
import java.util.Map;
import java.util.Optional;

/**
 * A small key-value store (string keys and values) made durable by a redo log on a {@link Disk}: every commit is
 * appended to the log and synced before it is acknowledged, and {@link #open} rebuilds the state from the log after
 * a crash. The state itself lives in memory; the disk holds only the log and, after {@link #checkpoint}, a copy of
 * the whole state.
 *
 * <p><b>The log</b> (file {@link #LOG}) is a sequence of records, one per committed transaction. The record is the
 * commit: a transaction is in the log whole, or not at all. Each record carries
 * <ul>
 *   <li>its length, so recovery knows where it ends and the next one starts;</li>
 *   <li>a CRC32 checksum of its bytes, so recovery can tell a whole record from one the crash cut short or one
 *       whose bytes came back damaged;</li>
 *   <li>its LSN (log sequence number): 1 for the first commit ever, one more for each commit after it, never
 *       reused (checkpoints and restarts included);</li>
 *   <li>the transaction's writes, in order.</li>
 * </ul>
 * A layout that works (any other with the same information does too): length (4 bytes, the bytes after the
 * checksum), CRC32 (4 bytes) of everything after it, LSN (8 bytes), the number of writes (4 bytes), then per write
 * a kind byte ({@code 'P'} or {@code 'D'}), the key's length and UTF-8 bytes, and for a put the value's length and
 * UTF-8 bytes. {@link java.util.zip.CRC32} and {@link java.nio.ByteBuffer} do the work.
 *
 * <p><b>The checkpoint</b> (file {@link #CHECKPOINT}) holds the whole state and the LSN of the last commit in it, so
 * that the log can start afresh. It is written so that a crash leaves either the old checkpoint or the new one,
 * whole: into {@link #CHECKPOINT_TEMP} first, synced, then renamed over {@link #CHECKPOINT}.
 *
 * <p>One {@code Wal} works on a disk at a time; the class need not be thread-safe.
 */
public final class Wal {

    /** The log file. Given code: do not change. */
    public static final String LOG = "wal.log";
    /** The checkpoint file. Given code: do not change. */
    public static final String CHECKPOINT = "wal.checkpoint";
    /** Where a checkpoint is written before it replaces {@link #CHECKPOINT}. Given code: do not change. */
    public static final String CHECKPOINT_TEMP = "wal.checkpoint.tmp";

    private Wal() {
    }

    /**
     * Opens the store kept on {@code disk}, empty if the disk holds nothing, and recovers it: the state after the
     * last commit whose record is whole in the log, and nothing of any record after it.
     *
     * <ol>
     *   <li>Delete a leftover {@link #CHECKPOINT_TEMP} (a checkpoint the crash interrupted); load {@link
     *       #CHECKPOINT} if it exists: its state and its LSN.</li>
     *   <li>Read {@link #LOG} from the start and redo each record in turn. A record whose LSN the checkpoint
     *       already covers is skipped. Stop at the first record that is cut short (its header or its bytes run past
     *       the end of the file), whose checksum does not match, or whose LSN is not the next one expected: that
     *       record and everything after it were never acknowledged, or cannot be trusted.</li>
     *   <li>Truncate the log after the last good record, and sync it, so that the next commit is appended right
     *       behind a good record and not behind garbage that would hide it from the next recovery.</li>
     * </ol>
     *
     * @throws NullPointerException if {@code disk} is null (the message names {@code disk})
     */
    public static Wal open(Disk disk) {
        throw new UnsupportedOperationException("TODO: load the checkpoint, redo the log's good records, cut the tail");
    }

    /**
     * Commits {@code transaction}: appends one record holding all its writes under the next LSN, syncs the log,
     * applies the writes to the state, and only then returns. Once it returns the commit is acknowledged: no later
     * crash may lose it. If the power fails before it returns, recovery shows the transaction whole or not at all.
     *
     * @return the commit's LSN: one more than {@link #lastLsn()} was
     * @throws NullPointerException     if {@code transaction} is null (the message names {@code transaction})
     * @throws IllegalArgumentException if {@code transaction} holds no writes (the message names
     *                                  {@code transaction})
     */
    public long commit(Transaction transaction) {
        throw new UnsupportedOperationException("TODO: encode one record (length, CRC, LSN, writes), append, sync");
    }

    /**
     * The value of {@code key} after the last commit, or empty if it has none.
     *
     * @throws NullPointerException if {@code key} is null (the message names {@code key})
     */
    public Optional<String> get(String key) {
        throw new UnsupportedOperationException("TODO: look the key up in the in-memory state");
    }

    /** The whole state after the last commit, as an unmodifiable map sorted by key. */
    public Map<String, String> snapshot() {
        throw new UnsupportedOperationException("TODO: return a sorted, unmodifiable copy of the state");
    }

    /** The LSN of the last commit (recovered ones included), or 0 if nothing was ever committed. */
    public long lastLsn() {
        throw new UnsupportedOperationException("TODO: return the last commit's LSN");
    }

    /**
     * Writes the whole state and {@link #lastLsn()} to {@link #CHECKPOINT_TEMP}, syncs it, renames it over {@link
     * #CHECKPOINT}, then empties the log and syncs it. A crash at any moment of this leaves a disk that recovers
     * to the same state; afterwards recovery no longer needs the old records.
     */
    public void checkpoint() {
        throw new UnsupportedOperationException("TODO: write temp, sync, rename, then empty the log");
    }
}
