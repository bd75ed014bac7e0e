package dev.niche.storage.mvcc;

/**
 * An in-memory key-value store (string keys, string values) with multi-version concurrency control and snapshot
 * isolation. Each committed write adds a new <em>version</em> of its key, stamped with the commit; old versions
 * stay as long as some transaction's snapshot still reads them, then garbage collection drops them.
 *
 * <p>The API is single-threaded: transactions interleave, but one call at a time (the tests run every schedule
 * on one thread). The point is which versions each transaction sees, not locking.
 *
 * <p>Rules, with T a transaction:
 * <ul>
 *   <li><b>Snapshot.</b> {@link #begin()} takes T's snapshot: T reads the state that had been committed when it
 *       began, plus its own writes, and nothing else. Writes of transactions still running are invisible
 *       (no dirty read); commits after T began are invisible too (repeatable read).</li>
 *   <li><b>Private writes.</b> {@code put} and {@code delete} go into T's own write set: T reads them back
 *       at once, nobody else sees them, and they are not versions yet.</li>
 *   <li><b>First committer wins.</b> {@code commit()} fails when another transaction committed a write to any
 *       key T wrote after T began. T is then aborted and commit throws {@link WriteConflict}. Otherwise T's
 *       whole write set becomes new versions, atomically, visible to every transaction that begins later.</li>
 *   <li><b>Abort.</b> {@code abort()} discards T's writes as if they never happened.</li>
 *   <li><b>Garbage collection.</b> When a transaction ends (commit, abort or conflict), versions that nobody can
 *       read any more are dropped at once (see {@link #versionCount()}).</li>
 * </ul>
 */
public final class MvccStore {

    /**
     * Starts a transaction whose snapshot is the state committed so far. Transactions get the ids 1, 2, 3, ... in
     * the order they begin.
     */
    public Transaction begin() {
        throw new UnsupportedOperationException("TODO: start a transaction: its id and the snapshot it reads");
    }

    /**
     * The number of committed versions the store holds, deletions included (a delete commits a version that says
     * "no value"); writes of running transactions are not versions. Whenever {@code commit()} or {@code abort()}
     * returns or throws, every version kept must be one of these:
     * <ul>
     *   <li>the newest version of its key, which transactions beginning now read. A newest version that is a
     *       deletion is kept only while some running transaction began before that delete committed: its commit
     *       needs to learn of the conflict;</li>
     *   <li>the version of its key that some running transaction's snapshot reads.</li>
     * </ul>
     * So when no transaction is running, the count is exactly the number of keys that have a value. A full pass
     * over the keys when a transaction ends is fine here; real engines collect in the background (PostgreSQL's
     * VACUUM).
     */
    public int versionCount() {
        throw new UnsupportedOperationException("TODO: count the committed versions kept");
    }

    /**
     * One transaction. Once it has committed or aborted (or its commit threw {@link WriteConflict}, which aborts
     * it), every method but {@link #id()} throws {@link IllegalStateException} whose message names it as
     * {@code T<id>} and says whether it committed or aborted.
     */
    public final class Transaction {

        /** This transaction's id: 1 for the first {@code begin()} of the store, then 2, 3, ... */
        public long id() {
            throw new UnsupportedOperationException("TODO: return the id given at begin");
        }

        /**
         * The value of {@code key} as this transaction sees it: its own latest write of the key if it wrote
         * one (null after its own delete), else the value committed when it began; null when there is none.
         *
         * @throws NullPointerException if {@code key} is null (the message names {@code key})
         */
        public String get(String key) {
            throw new UnsupportedOperationException("TODO: read own writes first, then the snapshot");
        }

        /**
         * Sets {@code key} to {@code value} in this transaction's write set.
         *
         * @throws NullPointerException if {@code key} or {@code value} is null (the message names which)
         */
        public void put(String key, String value) {
            throw new UnsupportedOperationException("TODO: record the write in this transaction's write set");
        }

        /**
         * Removes {@code key} in this transaction's write set. A delete is a write: it commits a version saying
         * "no value", and it conflicts like a put, even when the key had no value.
         *
         * @throws NullPointerException if {@code key} is null (the message names {@code key})
         */
        public void delete(String key) {
            throw new UnsupportedOperationException("TODO: record the deletion in this transaction's write set");
        }

        /**
         * Makes this transaction's writes the newest versions of their keys, all at once, then collects garbage.
         * A transaction that wrote nothing always commits.
         *
         * @throws WriteConflict if a transaction that committed after this one began wrote one of its keys; this
         *         one is then aborted, and the exception names such a key, this transaction, and the transaction
         *         that committed that key's newest version
         */
        public void commit() {
            throw new UnsupportedOperationException("TODO: check first committer wins, then install the versions");
        }

        /** Discards this transaction's writes, then collects garbage. */
        public void abort() {
            throw new UnsupportedOperationException("TODO: drop the write set and end the transaction");
        }
    }
}
