package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs units of work in transactions, and runs them again when PostgreSQL aborts them for a conflict. */
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

    /**
     * Runs {@code work} in one transaction at {@code isolation} on {@code connection}, commits it and returns what
     * the work returned.
     * <ul>
     *   <li>When the work or the commit fails with SQLSTATE {@code 40001} (serialization failure) or
     *       {@code 40P01} (deadlock detected), the transaction is rolled back and the work runs again, from its
     *       beginning, in a new transaction. At most {@link #MAX_ATTEMPTS} attempts in all; if the last one fails
     *       that way too, throws {@link RetriesExhaustedException} with the last failure as its cause. A short,
     *       random pause before each new attempt helps rivals not to collide again.</li>
     *   <li>Any other failure (another {@link SQLException}, a {@link RuntimeException} such as
     *       {@link InsufficientFundsException}) rolls the transaction back and is thrown as it is, without a new
     *       attempt: running it again would fail the same way.</li>
     *   <li>Nothing of a failed attempt stays in the database. Afterwards, in every case, the connection is in
     *       auto-commit mode again, with no transaction open. It stays open: it is the caller's.</li>
     * </ul>
     *
     * @param isolation one of {@link Connection#TRANSACTION_READ_COMMITTED},
     *        {@link Connection#TRANSACTION_REPEATABLE_READ} and {@link Connection#TRANSACTION_SERIALIZABLE}
     * @throws NullPointerException if {@code connection} or {@code work} is null (the message names it)
     * @throws IllegalArgumentException if {@code isolation} is not one of those three (the message names
     *         {@code isolation})
     */
    public static <T> T run(Connection connection, int isolation, Work<T> work) throws SQLException {
        throw new UnsupportedOperationException("TODO: run the work in a transaction; retry on 40001 and 40P01");
    }
}
