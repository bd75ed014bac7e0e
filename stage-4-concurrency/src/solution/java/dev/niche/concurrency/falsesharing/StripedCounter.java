package dev.niche.concurrency.falsesharing;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A counter split into stripes. Threads add to stripes independently (typically each thread to a stripe of its
 * own); {@link #sum()} adds the stripes up.
 *
 * <p>One {@link Cell} object per stripe, each holding its count between 128 bytes of padding on either side.
 * The padding comes from a class hierarchy: HotSpot places a superclass's fields before a subclass's, so
 * {@link LeftPadding}'s fields always come before the count and {@link Cell}'s always after it. Padding fields
 * declared around the count in one class would not be safe: HotSpot orders a class's own fields by size and
 * fills gaps, not in declared order (JOL shows byte padding declared before a long landing after it), and no
 * specification promises any order. The count is a {@code volatile long} updated with
 * {@code getAndAdd}, one atomic instruction, so threads that share a stripe lose nothing and {@link #sum()}
 * sees every finished addition.
 */
public class StripedCounter {
    private final Cell[] cells;

    /**
     * A counter of {@code stripes} stripes, all at 0.
     *
     * @throws IllegalArgumentException if {@code stripes} is less than 1 (the message names {@code stripes})
     */
    public StripedCounter(int stripes) {
        if (stripes < 1) {
            throw new IllegalArgumentException("stripes must be at least 1, was " + stripes);
        }
        cells = new Cell[stripes];
        for (int i = 0; i < stripes; i++) {
            cells[i] = new Cell();
        }
    }

    /** The number of stripes, as given to the constructor. */
    public int stripes() {
        return cells.length;
    }

    /**
     * Adds {@code delta} (which may be negative) to the count of stripe {@code stripe}, atomically.
     *
     * @throws IllegalArgumentException if {@code stripe} is not in {@code [0, stripes())} (the message names
     *                                  {@code stripe}); nothing is added then
     */
    public void add(int stripe, long delta) {
        if (stripe < 0 || stripe >= cells.length) {
            throw new IllegalArgumentException("stripe must be in [0, " + cells.length + "), was " + stripe);
        }
        Count.VALUE.getAndAdd(cells[stripe], delta);
    }

    /** The counts of all stripes added up (wrapping around on overflow, like {@code long} addition). */
    public long sum() {
        long sum = 0;
        for (Cell cell : cells) {
            sum += cell.value;
        }
        return sum;
    }

    /** 128 bytes that come before the count: superclass fields are laid out first. */
    @SuppressWarnings("unused")
    private static class LeftPadding {
        private long p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16;
    }

    /** The hot field, alone between the two paddings. */
    private static class Count extends LeftPadding {
        static final VarHandle VALUE;

        static {
            try {
                VALUE = MethodHandles.lookup().findVarHandle(Count.class, "value", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        volatile long value;
    }

    /** 128 bytes that come after the count: subclass fields are laid out after the superclass's. */
    @SuppressWarnings("unused")
    private static final class Cell extends Count {
        private long q01, q02, q03, q04, q05, q06, q07, q08, q09, q10, q11, q12, q13, q14, q15, q16;
    }
}
