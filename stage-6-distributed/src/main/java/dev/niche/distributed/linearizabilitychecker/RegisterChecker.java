package dev.niche.distributed.linearizabilitychecker;

import java.util.List;

/** Decides whether a history of one register (starting at 0) is linearizable. */
public final class RegisterChecker {

    private RegisterChecker() {
    }

    /**
     * Whether some order of the operations, each placed at an instant inside its interval, makes a plain register
     * give every observed answer. Unanswered writes may be placed anywhere after their call, or left out;
     * unanswered reads carry no information. Operations whose intervals touch (one returns at the instant the
     * other is called) count as overlapping.
     *
     * @throws IllegalArgumentException if {@code history} is null or contains null, or if a client has two
     *         operations open at once (the message names the client)
     */
    public static boolean isLinearizable(List<Op> history) {
        throw new UnsupportedOperationException("TODO: search for an order, backtrack, remember what failed");
    }
}
