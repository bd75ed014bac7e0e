package dev.niche.storage.mvcc;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An in-memory key-value store (string keys, string values) with multi-version concurrency control and snapshot
 * isolation. Each committed write adds a new <em>version</em> of its key, stamped with the commit; old versions
 * stay as long as some transaction's snapshot still reads them, then garbage collection drops them.
 *
 * <p>Reference: a logical clock counts commits. A transaction's snapshot is the clock when it began; a version
 * stamped {@code committedAt} is visible to it when {@code committedAt <= snapshot}. Each key holds a chain of
 * versions, newest first. Writes wait in the transaction's write set until commit.
 */
public final class MvccStore {
    private final Map<String, Version> newestVersions = new HashMap<>();
    private final Set<Transaction> running = new LinkedHashSet<>();
    private long clock;
    private long lastId;

    /** One committed version; {@code value == null} records a deletion. */
    private static final class Version {
        final String value;
        final long committedAt;
        final long writer;
        Version older;

        Version(String value, long committedAt, long writer, Version older) {
            this.value = value;
            this.committedAt = committedAt;
            this.writer = writer;
            this.older = older;
        }
    }

    /**
     * Starts a transaction whose snapshot is the state committed so far. Transactions get the ids 1, 2, 3, ... in
     * the order they begin.
     */
    public Transaction begin() {
        Transaction transaction = new Transaction(++lastId, clock);
        running.add(transaction);
        return transaction;
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
        int count = 0;
        for (Version version : newestVersions.values()) {
            for (Version v = version; v != null; v = v.older) {
                count++;
            }
        }
        return count;
    }

    /** The newest version of {@code key} with {@code committedAt <= snapshot}, or null. */
    private Version visible(String key, long snapshot) {
        Version v = newestVersions.get(key);
        while (v != null && v.committedAt > snapshot) {
            v = v.older;
        }
        return v;
    }

    /** Ends {@code transaction} and drops every version that no one can read any more. */
    private void end(Transaction transaction) {
        running.remove(transaction);
        NavigableSet<Long> snapshots = new TreeSet<>();
        running.forEach(t -> snapshots.add(t.snapshot));
        Iterator<Map.Entry<String, Version>> keys = newestVersions.entrySet().iterator();
        while (keys.hasNext()) {
            Map.Entry<String, Version> key = keys.next();
            Version kept = prune(key.getValue(), snapshots);
            if (kept == null) {
                keys.remove();
            } else {
                key.setValue(kept);
            }
        }
    }

    /** The chain from {@code newest} without the versions that no snapshot reads; null when none is left. */
    private static Version prune(Version newest, NavigableSet<Long> snapshots) {
        // The newest version serves every snapshot from its commit on, and everyone who begins later. A deletion
        // serves no reader, but a transaction that began before it must still find it at commit.
        boolean keepNewest = newest.value != null || snapshots.lower(newest.committedAt) != null;
        Version head = keepNewest ? newest : null;
        Version tail = head;
        for (Version newer = newest, v = newest.older; v != null; newer = v, v = v.older) {
            // v serves the snapshots taken from its own commit up to the next commit of the key.
            Long reader = snapshots.ceiling(v.committedAt);
            if (reader != null && reader < newer.committedAt) {
                if (tail == null) {
                    head = v;
                } else {
                    tail.older = v;
                }
                tail = v;
            }
        }
        if (tail != null) {
            tail.older = null;
        }
        return head;
    }

    /** One transaction; every method but {@link #id()} throws {@link IllegalStateException} once it has ended. */
    public final class Transaction {
        private final long id;
        private final long snapshot;
        /** Key to value, in the order of first write; a null value is a deletion. */
        private final Map<String, String> writes = new LinkedHashMap<>();
        private String ended;

        private Transaction(long id, long snapshot) {
            this.id = id;
            this.snapshot = snapshot;
        }

        /** This transaction's id: 1 for the first {@code begin()} of the store, then 2, 3, ... */
        public long id() {
            return id;
        }

        /**
         * The value of {@code key} as this transaction sees it: its own latest write of the key if it wrote
         * one (null after its own delete), else the value committed when it began; null when there is none.
         *
         * @throws NullPointerException if {@code key} is null (the message names {@code key})
         */
        public String get(String key) {
            requireRunning();
            Objects.requireNonNull(key, "key");
            if (writes.containsKey(key)) {
                return writes.get(key);
            }
            Version version = visible(key, snapshot);
            return version == null ? null : version.value;
        }

        /**
         * Sets {@code key} to {@code value} in this transaction's write set.
         *
         * @throws NullPointerException if {@code key} or {@code value} is null (the message names which)
         */
        public void put(String key, String value) {
            requireRunning();
            writes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        }

        /**
         * Removes {@code key} in this transaction's write set. A delete is a write: it commits a version saying
         * "no value", and it conflicts like a put, even when the key had no value.
         *
         * @throws NullPointerException if {@code key} is null (the message names {@code key})
         */
        public void delete(String key) {
            requireRunning();
            writes.put(Objects.requireNonNull(key, "key"), null);
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
            requireRunning();
            for (String key : writes.keySet()) {
                Version newest = newestVersions.get(key);
                // A newer commit than our snapshot: installing our write would silently overwrite it.
                if (newest != null && newest.committedAt > snapshot) {
                    ended = "aborted";
                    end(this);
                    throw new WriteConflict(key, id, newest.writer);
                }
            }
            if (!writes.isEmpty()) {
                long committedAt = ++clock;
                writes.forEach((key, value) ->
                        newestVersions.put(key, new Version(value, committedAt, id, newestVersions.get(key))));
            }
            ended = "committed";
            end(this);
        }

        /** Discards this transaction's writes, then collects garbage. */
        public void abort() {
            requireRunning();
            writes.clear();
            ended = "aborted";
            end(this);
        }

        private void requireRunning() {
            if (ended != null) {
                throw new IllegalStateException(this + " has already " + ended + "; begin a new transaction");
            }
        }

        @Override
        public String toString() {
            return "T" + id;
        }
    }
}
