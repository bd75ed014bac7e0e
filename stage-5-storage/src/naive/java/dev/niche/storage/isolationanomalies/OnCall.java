package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** Naive: count the doctors on call, then leave if there are two or more, at READ COMMITTED. */
public final class OnCall {
    private OnCall() {
    }

    public static boolean goOffCall(Connection connection, String shift, String doctor) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        requireName(shift, "shift");
        requireName(doctor, "doctor");
        return Transactions.run(connection, Connection.TRANSACTION_READ_COMMITTED, c -> {
            boolean doctorOnCall;
            try (PreparedStatement read = c.prepareStatement(
                    "SELECT on_call FROM doctors WHERE shift = ? AND name = ?")) {
                read.setString(1, shift);
                read.setString(2, doctor);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("doctor '" + doctor + "' is not in shift '" + shift + "'");
                    }
                    doctorOnCall = row.getBoolean(1);
                }
            }
            if (!doctorOnCall) {
                return true;
            }
            long onCall;
            try (PreparedStatement count = c.prepareStatement(
                    "SELECT count(*) FROM doctors WHERE shift = ? AND on_call")) {
                count.setString(1, shift);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    onCall = row.getLong(1);
                }
            }
            if (onCall < 2) {
                return false;
            }
            try (PreparedStatement write = c.prepareStatement(
                    "UPDATE doctors SET on_call = false WHERE shift = ? AND name = ?")) {
                write.setString(1, shift);
                write.setString(2, doctor);
                write.executeUpdate();
            }
            return true;
        });
    }

    private static void requireName(String value, String argument) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(argument + " must be a non-blank name, was "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }
}
