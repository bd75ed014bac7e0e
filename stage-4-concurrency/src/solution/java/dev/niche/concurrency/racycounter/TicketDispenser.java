package dev.niche.concurrency.racycounter;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out ticket numbers 1, 2, 3, ... Every caller gets a number nobody else got, and no number is skipped.
 *
 * <p>An {@link AtomicLong}: each caller needs the value its own increment produced, which
 * {@code getAndIncrement} returns in one atomic step. A {@code LongAdder} cannot do that (it has no
 * read-and-increment), and a lock would work but makes every caller wait in line for a one-word update.
 */
public class TicketDispenser {
    private final AtomicLong next = new AtomicLong(1);

    /** The next unused ticket number, starting at 1. */
    public long take() {
        return next.getAndIncrement();
    }

    /** How many tickets have been taken. */
    public long taken() {
        return next.get() - 1;
    }
}
