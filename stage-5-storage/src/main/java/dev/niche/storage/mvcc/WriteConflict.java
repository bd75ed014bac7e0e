package dev.niche.storage.mvcc;

/**
 * Given code: do not change. Thrown by {@link MvccStore.Transaction#commit()} when first committer wins goes
 * against the caller: another transaction wrote one of the same keys and committed after the caller's snapshot
 * was taken. The caller's transaction is aborted by then; the application retries it from the start.
 */
public final class WriteConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final long transactionId;
    private final long committedBy;

    /**
     * @param key           a key both transactions wrote
     * @param transactionId the transaction that lost, and is now aborted
     * @param committedBy   the transaction that committed the newest version of {@code key}
     */
    public WriteConflict(String key, long transactionId, long committedBy) {
        super("T" + transactionId + " is aborted: key '" + key + "' was written by T" + committedBy
                + ", which committed after T" + transactionId + " began (first committer wins); retry T"
                + transactionId + " from the start");
        this.key = key;
        this.transactionId = transactionId;
        this.committedBy = committedBy;
    }

    /** A key both transactions wrote. */
    public String key() {
        return key;
    }

    /** The id of the transaction that lost and is aborted. */
    public long transactionId() {
        return transactionId;
    }

    /** The id of the transaction that committed the newest version of {@link #key()}. */
    public long committedBy() {
        return committedBy;
    }
}
