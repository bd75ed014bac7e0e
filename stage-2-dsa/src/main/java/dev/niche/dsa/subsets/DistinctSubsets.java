package dev.niche.dsa.subsets;

import java.util.List;

/**
 * Every different handful from a jar of coins.
 *
 * <p>A jar holds coins, and several may have the same value. A child may take out any handful, from no coin
 * at all to every coin. Two handfuls are the same when they hold the same values the same number of times,
 * whichever coins were picked: from a jar of 5, 1, 5 the handfuls "the 1 and the first 5" and "the 1 and the
 * second 5" are one handful, [1, 5]. The shop wants the list of every different handful, each once.
 *
 * <h2>Contract</h2>
 * {@code of(values)} returns every distinct handful of {@code values} exactly once, the empty handful and the
 * whole jar included. Each handful is a list in non-decreasing order; the handfuls may come in any order.
 * {@code values} is not modified. For [2, 1, 2] the answer holds six handfuls: [], [1], [2], [1, 2], [2, 2]
 * and [1, 2, 2] (not the eight ways to choose coins by position).
 *
 * <h2>Limits</h2>
 * The jar holds at most {@link #MAX_LENGTH} coins, and the answer may hold at most {@link #MAX_SUBSETS}
 * handfuls. Many coins of one value make few handfuls: 40 equal coins give 41 handfuls, although there are
 * 2^40 (about 10^12) ways to choose coins by position.
 *
 * <h2>Required complexity (n = values.length, s = number of distinct handfuls)</h2>
 * O(n log n + n s) time: in proportion to the answer, never to the 2^n choices by position. The grader times
 * jars of n equal coins (n + 1 handfuls, about n^2 / 2 numbers in all) for n from 4 to 64 and requires the
 * time to grow at most quadratically, not exponentially.
 *
 * <h2>Bad input</h2>
 * A null {@code values} throws {@link NullPointerException} naming "values". A jar of more than
 * {@link #MAX_LENGTH} coins, or one with more than {@link #MAX_SUBSETS} distinct handfuls, throws
 * {@link IllegalArgumentException} naming "values" and saying which limit it breaks, before any handful is
 * built.
 */
public final class DistinctSubsets {
    /** The most coins a jar may hold. */
    public static final int MAX_LENGTH = 100;
    /** The most distinct handfuls an answer may hold (2^20). */
    public static final int MAX_SUBSETS = 1 << 20;

    private DistinctSubsets() {
    }

    /** Every distinct handful of {@code values}, each in non-decreasing order, each listed once. */
    public static List<List<Integer>> of(int[] values) {
        throw new UnsupportedOperationException(
                "TODO: check the limits, then build each distinct handful once, never the same choice twice");
    }
}
