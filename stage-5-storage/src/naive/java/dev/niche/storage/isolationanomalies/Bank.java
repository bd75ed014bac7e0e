package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** Naive: read, check, write back, at READ COMMITTED, with nothing that stops a second withdrawal in between. */
public final class Bank {
    private Bank() {
    }

    public static long withdraw(Connection connection, int account, long amount) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        return Transactions.run(connection, Connection.TRANSACTION_READ_COMMITTED, c -> {
            long balance;
            try (PreparedStatement read = c.prepareStatement("SELECT balance FROM accounts WHERE id = ?")) {
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
