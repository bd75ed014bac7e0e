package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.SQLException;

/** Withdrawals from the {@code accounts} table of {@code schema.sql}. */
public final class Bank {
    private Bank() {
    }

    /**
     * Takes {@code amount} from account {@code account} in one transaction on {@code connection} and returns the
     * new balance. Many withdrawals run at once, each on its own connection, some on the same account: none may
     * be lost (the balance ends at the start balance minus every withdrawal that returned), and no account may go
     * below zero. Retry conflicts through {@link Transactions#run}.
     *
     * @throws InsufficientFundsException if the account holds less than {@code amount} when the withdrawal runs
     *         (nothing changes)
     * @throws IllegalArgumentException if {@code amount} is not positive (the message names {@code amount}), or
     *         if there is no such account (the message names the {@code account})
     * @throws NullPointerException if {@code connection} is null
     * @throws RetriesExhaustedException after {@link Transactions#MAX_ATTEMPTS} attempts that each ended in a
     *         conflict
     */
    public static long withdraw(Connection connection, int account, long amount) throws SQLException {
        throw new UnsupportedOperationException("TODO: withdraw without losing an update or overdrawing");
    }
}
