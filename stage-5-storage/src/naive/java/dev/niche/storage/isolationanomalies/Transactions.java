package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/** Naive: one attempt. A conflict is rolled back and thrown like any other error. */
public final class Transactions {
    /** Given code: do not change. How many times {@link #run} runs a unit of work at most, the first time included. */
    public static final int MAX_ATTEMPTS = 10;

    /** Given code: do not change. A unit of work: the statements of one transaction, on the connection it gets. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Transactions() {
    }

    public static <T> T run(Connection connection, int isolation, Work<T> work) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(work, "work");
        if (isolation != Connection.TRANSACTION_READ_COMMITTED && isolation != Connection.TRANSACTION_REPEATABLE_READ
                && isolation != Connection.TRANSACTION_SERIALIZABLE) {
            throw new IllegalArgumentException("isolation must be READ COMMITTED, REPEATABLE READ or SERIALIZABLE,"
                    + " was " + isolation);
        }
        connection.setTransactionIsolation(isolation);
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
