package dev.niche.concurrency.banktransfer;

/**
 * Given code: do not change. The bank's journal of completed transfers.
 *
 * <p>{@link Bank} calls {@link #record} once for every transfer that succeeds, after both balances have changed
 * and while it still holds both accounts, so the journal lists transfers in the order they happened to each
 * account. It is never called for a transfer that was refused.
 */
@FunctionalInterface
public interface Ledger {
    /** A ledger that keeps nothing. */
    Ledger NONE = (from, to, amount) -> { };

    /** {@code amount} cents moved from account {@code from} to account {@code to}. */
    void record(int from, int to, long amount);
}
