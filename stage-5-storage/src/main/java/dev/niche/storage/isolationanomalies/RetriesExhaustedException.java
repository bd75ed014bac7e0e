package dev.niche.storage.isolationanomalies;

import java.sql.SQLException;

/**
 * Given code: do not change. Thrown by {@link Transactions#run} when every attempt ended in a conflict that
 * PostgreSQL resolved by aborting the transaction; the cause is the last attempt's failure.
 */
public final class RetriesExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int attempts;

    public RetriesExhaustedException(int attempts, SQLException lastFailure) {
        super("gave up after " + attempts + " attempts, each aborted by a conflict; the last one: SQLSTATE "
                + lastFailure.getSQLState() + ", " + lastFailure.getMessage(), lastFailure);
        this.attempts = attempts;
    }

    /** How many times the unit of work ran. */
    public int attempts() {
        return attempts;
    }
}
