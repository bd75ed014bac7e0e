package dev.niche.storage.isolationanomalies;

import java.sql.Connection;
import java.sql.SQLException;

/** The on-call rota, in the {@code shifts} and {@code doctors} tables of {@code schema.sql}. */
public final class OnCall {
    private OnCall() {
    }

    /**
     * Takes {@code doctor} of {@code shift} off call, in one transaction on {@code connection}, unless that
     * would leave the shift with nobody on call. Doctors of one shift ask at the same time, each on its own
     * connection: whatever the timing, at least one doctor of the shift stays on call. Retry conflicts through
     * {@link Transactions#run}.
     *
     * @return true when the doctor is off call afterwards (also when they already were: nothing changes); false
     *         when the request is refused because no other doctor of the shift is on call (nothing changes)
     * @throws IllegalArgumentException if {@code shift} or {@code doctor} is null or blank (the message names the
     *         argument), or if the shift has no such doctor (the message names the {@code doctor})
     * @throws NullPointerException if {@code connection} is null
     * @throws RetriesExhaustedException after {@link Transactions#MAX_ATTEMPTS} attempts that each ended in a
     *         conflict
     */
    public static boolean goOffCall(Connection connection, String shift, String doctor) throws SQLException {
        throw new UnsupportedOperationException("TODO: let the doctor go only while another one stays on call");
    }
}
