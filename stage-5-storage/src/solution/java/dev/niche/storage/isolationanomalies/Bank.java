package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** Withdrawals from the {@code accounts} table of {@code schema.sql}. */
public final class Bank {
    private Bank() {
    }

    /**
     * Takes {@code amount} from the account and returns the new balance; see the stub's Javadoc for the contract.
     *
     * <p>Pessimistic: {@code FOR UPDATE} locks the row as it is read, so a second withdrawal from the same account
     * waits at its own read until the first commits, then reads the new balance. On one hot row, waiting is
     * cheaper than letting both run and retrying the loser. Transactions still retries, in case a deadlock with
     * some other transaction ever aborts this one.
     */
    public static long withdraw(Connection connection, int account, long amount) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        return Transactions.run(connection, Connection.TRANSACTION_READ_COMMITTED, c -> {
            long balance;
            try (PreparedStatement read = c.prepareStatement("SELECT balance FROM accounts WHERE id = ? FOR UPDATE")) {
                read.setInt(1, account);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("account " + account + " does not exist");
                    }
                    balance = row.getLong(1);
                }
            }
            if (balance < amount) {
                throw new InsufficientFundsException(account, balance, amount);
            }
            try (PreparedStatement write = c.prepareStatement("UPDATE accounts SET balance = ? WHERE id = ?")) {
                write.setLong(1, balance - amount);
                write.setInt(2, account);
                write.executeUpdate();
            }
            return balance - amount;
        });
    }
}
