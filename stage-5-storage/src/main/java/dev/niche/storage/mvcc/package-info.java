/**
 * <b>MVCC: snapshot isolation with first committer wins</b> (checkpoint 5.3: explain and build a buffer pool, a
 * WAL, MVCC, a B-tree and an LSM tree).
 *
 * <p>A booking service keeps seat counts in a key-value store. Readers must never wait for writers, and a report
 * that runs for a minute must add up, even while bookings commit under it. Locking every key it reads would stall
 * the bookings; instead the store keeps several <em>versions</em> of each key, and every transaction reads the
 * versions committed before it began: its <em>snapshot</em>. This is multi-version concurrency control, the way
 * PostgreSQL, MySQL's InnoDB and Oracle let reads and writes run side by side.
 *
 * <p><b>Your task:</b> write {@link dev.niche.storage.mvcc.MvccStore}: {@code begin()}, and {@code get}, {@code
 * put}, {@code delete}, {@code commit()} and {@code abort()} on a transaction. Its Javadoc has the rules; in
 * short: a transaction sees its snapshot plus its own writes; when two transactions write the same key and both
 * try to commit, the first to commit wins and the other gets {@link dev.niche.storage.mvcc.WriteConflict} (without
 * that check, the second commit would silently overwrite the first: a lost update); and versions that no one can
 * read any more are dropped, which {@code versionCount()} lets the tests see. Calls come one at a time, from one
 * thread: transactions interleave, but nothing here needs a lock.
 *
 * <p><b>What snapshot isolation does not prevent.</b> Two doctors are on call; the rule is that at least one
 * stays on call. Each one's transaction reads both rows, sees two doctors on call, and takes only itself off.
 * They wrote different keys, so neither commit conflicts, and both succeed: now nobody is on call. This is
 * <em>write skew</em>. Each transaction was right about its snapshot, but the snapshot went stale, and first
 * committer wins only compares what was written, never what was read. Your store must allow it: it is snapshot
 * isolation, not serializable isolation, and one check runs exactly this story. What would prevent it: make the
 * read visible as a write (update the row you depend on, or {@code SELECT ... FOR UPDATE}), put the rule in a
 * constraint, or run under serializable snapshot isolation (PostgreSQL's {@code SERIALIZABLE}), which also tracks
 * what each transaction read and aborts one of two transactions whose reads and writes cross.
 *
 * <p><b>How it is checked:</b> examples run fixed schedules (no dirty read, repeatable read, read your own writes,
 * first committer wins, aborted writes vanish, write skew allowed, versions collected, bad input and finished
 * transactions refused). Properties run hundreds of random interleavings of several transactions on one thread
 * and compare every read, every commit's outcome and the final state with a model of snapshot isolation, and
 * check after every step that only the versions still needed are kept. A failure prints the shortest schedule
 * that still fails, numbered step by step, with the seed that produced it.
 */
package dev.niche.storage.mvcc;
