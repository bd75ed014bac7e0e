package dev.niche.concurrency.falsesharing;

/**
 * A counter split into stripes. Threads add to stripes independently (typically each thread to a stripe of its
 * own); {@link #sum()} adds the stripes up.
 *
 * <p>Thread safety: every method may be called from any thread at any time. {@link #add} is atomic, also when
 * several threads add to the same stripe: no addition is ever lost. {@link #sum()} never blocks an adder; while
 * additions are running it may miss those that have not finished, and once they have finished (the adding
 * threads were joined, for example) it includes every one of them.
 *
 * <p>Layout: the count of each stripe must not share a cache line with the count of any other stripe, nor with
 * anything else the JVM might place next to it. Keep at least 128 bytes of the same object on both sides of
 * every count (see the package description for why 128 and how it is checked).
 */
public class StripedCounter {

    /**
     * A counter of {@code stripes} stripes, all at 0.
     *
     * @throws IllegalArgumentException if {@code stripes} is less than 1 (the message names {@code stripes})
     */
    public StripedCounter(int stripes) {
        throw new UnsupportedOperationException("TODO: allocate one padded count per stripe");
    }

    /** The number of stripes, as given to the constructor. */
    public int stripes() {
        throw new UnsupportedOperationException("TODO: return the number of stripes");
    }

    /**
     * Adds {@code delta} (which may be negative) to the count of stripe {@code stripe}, atomically.
     *
     * @throws IllegalArgumentException if {@code stripe} is not in {@code [0, stripes())} (the message names
     *                                  {@code stripe}); nothing is added then
     */
    public void add(int stripe, long delta) {
        throw new UnsupportedOperationException("TODO: add delta to the stripe's count atomically");
    }

    /** The counts of all stripes added up (wrapping around on overflow, like {@code long} addition). */
    public long sum() {
        throw new UnsupportedOperationException("TODO: add up the counts of all stripes");
    }
}
