/**
 * <b>Write-ahead log: checksummed records, redo recovery, checkpoints</b> (checkpoint 5.3: explain and build a
 * buffer pool, a WAL, MVCC, a B-tree and an LSM tree).
 *
 * <p>A small store of string keys and values has promised its users one thing: once {@code commit} returns, the
 * commit survives a power cut. It keeps its state in memory, so the promise rests on a log on the {@link
 * dev.niche.storage.disk.Disk}: every commit is appended and synced before it returns, and after a crash the state
 * is rebuilt by redoing the log. A power cut can strike anywhere, in the middle of a write too: the last record
 * may be cut short, and then it must be recognised and left out, as if that commit had never started.
 *
 * <p><b>Your task:</b> write {@link dev.niche.storage.writeaheadlog.Wal}: the record format (length, CRC32
 * checksum, LSN, the writes), {@code commit}, recovery in {@code open}, and {@code checkpoint}, which saves the
 * whole state so that the log can start afresh. {@link dev.niche.storage.writeaheadlog.Transaction} (given) holds
 * the writes of one commit.
 *
 * <p><b>How it is checked:</b> the examples commit, reopen and checkpoint without any crash. Then the crash checks
 * run workloads on a disk that records every change and cut the power at each point: after every change, with the
 * bytes not yet synced kept or lost, and inside every write, with only its first bytes on the disk. Each time a
 * fresh {@code Wal.open} must recover exactly the commits that had returned (the one in flight may show only if
 * all of its bytes had been written). Further checks restart after a torn commit and crash again (so recovery must
 * cut the torn tail off), and flip one bit at every byte of a log (so recovery must check the checksum). A
 * failure names the crash point, the last changes before it, what was acknowledged, and both states; a {@code \0}
 * in a recovered value is a byte that never reached the disk.
 */
package dev.niche.storage.writeaheadlog;
