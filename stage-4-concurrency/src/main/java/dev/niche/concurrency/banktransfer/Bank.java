package dev.niche.concurrency.banktransfer;

/**
 * Accounts numbered {@code 0} to {@code n - 1}, each with a balance in cents, and transfers between them.
 *
 * <p><b>Thread safety.</b> Every method may be called by many threads at once. Each account has a lock of its
 * own: a transfer holds the locks of its two accounts and no other, so transfers on disjoint pairs of accounts
 * run at the same time, and a transfer waits only for transfers (and totals) that touch one of its accounts.
 * Transfers in opposite directions ({@code 0 -> 1} while {@code 1 -> 0}) must never deadlock.
 *
 * <p><b>Consistency.</b> A transfer is all or nothing: nobody ever sees money that has left one account and not
 * yet arrived in the other. {@link #totalBalance()} therefore always equals the sum of the opening balances,
 * even while transfers run, and no balance is ever negative.
 *
 * <p>Bad input throws {@link IllegalArgumentException} whose message names the argument ({@code from},
 * {@code to}, {@code amount}, {@code id}, {@code openingCents}), and a refused call changes nothing.
 */
public class Bank {

    /** Given code: do not change. A bank whose transfers are not journalled. */
    public Bank(long... openingCents) {
        this(Ledger.NONE, openingCents);
    }

    /**
     * A bank with one account per opening balance: account {@code i} starts with {@code openingCents[i]}.
     *
     * @param ledger       told about every completed transfer (see {@link Ledger})
     * @param openingCents the opening balances; none may be negative
     * @throws NullPointerException     if {@code ledger} or {@code openingCents} is null (the message names it)
     * @throws IllegalArgumentException if an opening balance is negative (the message names {@code openingCents}
     *                                  and the account)
     */
    public Bank(Ledger ledger, long... openingCents) {
        throw new UnsupportedOperationException("TODO: create one account (with its own lock) per opening balance");
    }

    /**
     * Moves {@code amount} cents from account {@code from} to account {@code to}, then records the transfer in
     * the ledger while still holding both accounts. Blocks while another transfer (or a total) holds one of the
     * two accounts; never blocks on accounts it does not touch.
     *
     * @throws IllegalArgumentException if {@code from} or {@code to} is not an account (the message names
     *                                  {@code from} or {@code to}), if they are the same account (names
     *                                  {@code to}), if {@code amount} is not positive, or if account {@code from}
     *                                  holds less than {@code amount} (both name {@code amount}). Nothing
     *                                  changes and nothing is recorded.
     */
    public void transfer(int from, int to, long amount) {
        throw new UnsupportedOperationException("TODO: lock both accounts in one agreed order, check funds, move");
    }

    /**
     * The balance of account {@code id}, in cents.
     *
     * @throws IllegalArgumentException if {@code id} is not an account (the message names {@code id})
     */
    public long balance(int id) {
        throw new UnsupportedOperationException("TODO: read the balance under the account's lock");
    }

    /**
     * The sum of all balances at one moment: always the sum of the opening balances, even while transfers run.
     * Holds every account while it adds them up, so it waits for transfers in progress.
     */
    public long totalBalance() {
        throw new UnsupportedOperationException("TODO: hold every account, in the transfers' order, and add up");
    }
}
