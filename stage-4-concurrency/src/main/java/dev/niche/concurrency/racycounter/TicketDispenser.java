package dev.niche.concurrency.racycounter;

/**
 * Hands out ticket numbers 1, 2, 3, ... Every caller gets a number nobody else got, and no number is skipped.
 *
 * <p>Starting code: correct for one thread, racy for many (see the package description).
 */
public class TicketDispenser {
    private long next = 1;

    /** The next unused ticket number, starting at 1. */
    public long take() {
        return next++;
    }

    /** How many tickets have been taken. */
    public long taken() {
        return next - 1;
    }
}
