package dev.niche.concurrency.banktransfer;

import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Accounts numbered {@code 0} to {@code n - 1}, each with a balance in cents, and transfers between them.
 *
 * <p>Naive on purpose: one lock per account, taken payer first, then payee. Each transfer on its own is
 * correct, but {@code 0 -> 1} and {@code 1 -> 0} at the same moment each take their payer's lock and then wait
 * forever for the other's: the lock-order deadlock.
 */
public class Bank {
    private final Ledger ledger;
    private final Account[] accounts;

    /** A balance and the lock that guards it. */
    private static final class Account {
        final ReentrantLock lock = new ReentrantLock();
        long cents;

        Account(long cents) {
            this.cents = cents;
        }
    }

    /** Given code: do not change. A bank whose transfers are not journalled. */
    public Bank(long... openingCents) {
        this(Ledger.NONE, openingCents);
    }

    /** A bank with one account per opening balance; see the stub for the contract. */
    public Bank(Ledger ledger, long... openingCents) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(openingCents, "openingCents");
        accounts = new Account[openingCents.length];
        for (int i = 0; i < openingCents.length; i++) {
            if (openingCents[i] < 0) {
                throw new IllegalArgumentException(
                        "openingCents[" + i + "] must not be negative, was " + openingCents[i]);
            }
            accounts[i] = new Account(openingCents[i]);
        }
    }

    /** Moves {@code amount} cents from {@code from} to {@code to}, locking the payer first. */
    public void transfer(int from, int to, long amount) {
        Account payer = account(from, "from");
        Account payee = account(to, "to");
        if (from == to) {
            throw new IllegalArgumentException("to must differ from from, both were " + from);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
        payer.lock.lock();
        try {
            payee.lock.lock();
            try {
                if (payer.cents < amount) {
                    throw new IllegalArgumentException("amount " + amount + " exceeds the balance of account "
                            + from + " (" + payer.cents + ")");
                }
                payer.cents -= amount;
                payee.cents += amount;
                ledger.record(from, to, amount);
            } finally {
                payee.lock.unlock();
            }
        } finally {
            payer.lock.unlock();
        }
    }

    /** The balance of account {@code id}, read under its lock so the latest transfer is visible. */
    public long balance(int id) {
        Account account = account(id, "id");
        account.lock.lock();
        try {
            return account.cents;
        } finally {
            account.lock.unlock();
        }
    }

    /** The sum of all balances at one moment: every account is held while adding up. */
    public long totalBalance() {
        int locked = 0;
        try {
            long total = 0;
            for (Account account : accounts) {
                account.lock.lock();
                locked++;
                total += account.cents;
            }
            return total;
        } finally {
            for (int i = locked - 1; i >= 0; i--) {
                accounts[i].lock.unlock();
            }
        }
    }

    private Account account(int id, String name) {
        if (id < 0 || id >= accounts.length) {
            throw new IllegalArgumentException(name + " is not an account: " + id + " (accounts are 0 to "
                    + (accounts.length - 1) + ")");
        }
        return accounts[id];
    }
}
