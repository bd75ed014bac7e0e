package dev.niche.storage.isolationanomalies;

/** Given code: do not change. A withdrawal refused because the account holds less than the amount. */
public final class InsufficientFundsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InsufficientFundsException(int account, long balance, long amount) {
        super("insufficient funds: account " + account + " holds " + balance + ", cannot withdraw " + amount);
    }
}
