package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/** The on-call rota, in the {@code shifts} and {@code doctors} tables of {@code schema.sql}. */
public final class OnCall {
    private OnCall() {
    }

    /**
     * Takes the doctor off call unless nobody else of the shift is on call; see the stub's Javadoc for the contract.
     *
     * <p>Optimistic: SERIALIZABLE. Two doctors leaving at once each read both rows and each write a different
     * row, so no row lock ever meets another; only serializable snapshot isolation sees that the two reads and
     * writes cannot be put in any order, and aborts one with 40001. Its retry reads the rota again, finds a single
     * doctor on call, and refuses. (Locking every on-call row of the shift with {@code FOR UPDATE}, or the
     * shift's row in {@code shifts}, would work too.)
     */
    public static boolean goOffCall(Connection connection, String shift, String doctor) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        requireName(shift, "shift");
        requireName(doctor, "doctor");
        return Transactions.run(connection, Connection.TRANSACTION_SERIALIZABLE, c -> {
            int othersOnCall = 0;
            Boolean doctorOnCall = null;
            try (PreparedStatement read = c.prepareStatement("SELECT name, on_call FROM doctors WHERE shift = ?")) {
                read.setString(1, shift);
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        boolean onCall = rows.getBoolean("on_call");
                        if (rows.getString("name").equals(doctor)) {
                            doctorOnCall = onCall;
                        } else if (onCall) {
                            othersOnCall++;
                        }
                    }
                }
            }
            if (doctorOnCall == null) {
                throw new IllegalArgumentException("doctor '" + doctor + "' is not in shift '" + shift + "'");
            }
            if (!doctorOnCall) {
                return true;
            }
            if (othersOnCall == 0) {
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
