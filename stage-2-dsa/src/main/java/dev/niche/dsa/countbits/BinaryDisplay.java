package dev.niche.dsa.countbits;

/**
 * The lamps of a binary counter.
 *
 * <p>A museum exhibit counts in binary on a row of 31 lamps: it shows 0, then 1, 2, 3 and so on up to n, and for
 * each number a lamp is lit for every 1 bit (6 is 110, two lamps). The lamps wear out by lightings, so the
 * curators want to know how many lightings a run from 0 up to n costs, for many different n up to
 * {@link Integer#MAX_VALUE}. Going through two billion numbers to answer one question is far too slow.
 *
 * <h2>Contract</h2>
 * {@code lampsLit(n)} returns the total number of 1 bits in the binary forms of 0, 1, 2, ..., n. For n = 5 the
 * numbers are 0, 1, 10, 11, 100, 101, so the answer is 0 + 1 + 1 + 2 + 1 + 2 = 7. The answer can exceed the
 * int range (for n = Integer.MAX_VALUE it is 31 * 2^30), so it is a long.
 *
 * <h2>Required complexity</h2>
 * O(log n) time and O(1) extra space: a few steps per bit of n, never a step per number up to n. The grader times
 * {@code lampsLit(n)} for n from 2^10 to 2^20 and requires the time not to grow in proportion to n.
 *
 * <h2>Bad input</h2>
 * A negative n throws {@link IllegalArgumentException} naming n and its value.
 */
public final class BinaryDisplay {
    private BinaryDisplay() {
    }

    /** The number of 1 bits written in all of 0, 1, ..., n, in binary. */
    public static long lampsLit(int n) {
        throw new UnsupportedOperationException(
                "TODO: list 0..16 in binary, one above the other, and look down each column of bits");
    }
}
