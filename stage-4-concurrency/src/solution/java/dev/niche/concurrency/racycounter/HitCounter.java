package dev.niche.concurrency.racycounter;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts page hits. Many threads call {@link #hit()} on every request; a dashboard calls {@link #total()}
 * rarely. The total must never lose a hit.
 *
 * <p>A {@link LongAdder}: writers are many and hot, the read is rare and needs no particular moment. The adder
 * spreads increments over cells, so request threads rarely contend on one cache line; {@link #total()} adds
 * the cells up. An {@code AtomicLong} would also be correct, but every hit would fight for the same line.
 */
public class HitCounter {
    private final LongAdder hits = new LongAdder();

    /** Records one hit. */
    public void hit() {
        hits.increment();
    }

    /** The number of hits recorded so far. */
    public long total() {
        return hits.sum();
    }
}
