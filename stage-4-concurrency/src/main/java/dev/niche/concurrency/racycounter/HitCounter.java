package dev.niche.concurrency.racycounter;

/**
 * Counts page hits. Many threads call {@link #hit()} on every request; a dashboard calls {@link #total()}
 * rarely. The total must never lose a hit.
 *
 * <p>Starting code: correct for one thread, racy for many (see the package description).
 */
public class HitCounter {
    private long hits;

    /** Records one hit. */
    public void hit() {
        hits++;
    }

    /** The number of hits recorded so far. */
    public long total() {
        return hits;
    }
}
