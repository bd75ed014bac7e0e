package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** Runs units of work in transactions, and runs them again when PostgreSQL aborts them for a conflict. */
public final class Transactions {
    /** Given code: do not change. How many times {@link #run} runs a unit of work at most, the first time included. */
    public static final int MAX_ATTEMPTS = 10;

    /** Given code: do not change. A unit of work: the statements of one transaction, on the connection it gets. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

    private Transactions() {
    }

    /**
     * Runs {@code work} in one transaction at {@code isolation}, retrying conflicts; see the stub's Javadoc for the
     * whole contract.
     */
    public static <T> T run(Connection connection, int isolation, Work<T> work) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(work, "work");
        if (isolation != Connection.TRANSACTION_READ_COMMITTED && isolation != Connection.TRANSACTION_REPEATABLE_READ
                && isolation != Connection.TRANSACTION_SERIALIZABLE) {
            throw new IllegalArgumentException("isolation must be READ COMMITTED, REPEATABLE READ or SERIALIZABLE"
                    + " (a java.sql.Connection constant), was " + isolation);
        }
        int previousIsolation = connection.getTransactionIsolation();
        // The level applies to the next transaction, so set it before auto-commit off lets one begin.
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(false);
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    T result = work.run(connection);
                    connection.commit(); // under SERIALIZABLE the conflict may only show here
                    return result;
                } catch (SQLException e) {
                    connection.rollback(); // an aborted transaction accepts nothing else
                    if (!isConflict(e)) {
                        throw e;
                    }
                    if (attempt == MAX_ATTEMPTS) {
                        throw new RetriesExhaustedException(attempt, e);
                    }
                    pauseBeforeAttempt(attempt, e);
                } catch (RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(true);
            connection.setTransactionIsolation(previousIsolation);
        }
    }

    /** The two aborts that mean "the same work may well succeed if you run it again". */
    private static boolean isConflict(SQLException e) {
        return SERIALIZATION_FAILURE.equals(e.getSQLState()) || DEADLOCK_DETECTED.equals(e.getSQLState());
    }

    /** A few random milliseconds, growing with the attempts, so that two rivals do not meet again in step. */
    private static void pauseBeforeAttempt(int attempt, SQLException conflict) throws SQLException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, 2 + 2 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw conflict;
        }
    }
}
