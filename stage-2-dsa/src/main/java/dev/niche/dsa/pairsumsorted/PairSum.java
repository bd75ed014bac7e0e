package dev.niche.dsa.pairsumsorted;

import java.util.Optional;

/**
 * Which two entries of a sorted ledger add up to an amount?
 *
 * <p>An auditor holds a ledger of signed adjustments, sorted from the most negative to the most positive, and
 * an amount to explain. She wants two different entries of the ledger whose sum is exactly that amount, and,
 * to make her report reproducible, always the same pair when several would do.
 *
 * <h2>Contract</h2>
 * {@code find(sorted, target)} returns a pair of indexes {@code (i, j)} with {@code i < j} and
 * {@code sorted[i] + sorted[j] == target}, or an empty {@link Optional} when no such pair exists (an entry
 * is never paired with itself). When several pairs qualify, it returns the one with the smallest {@code i},
 * and for that {@code i} the largest {@code j}: the outermost pair. For example, in {@code [1, 3, 4, 6, 9]}
 * both 1 + 9 and 4 + 6 make 10, and the answer is {@code (0, 4)}.
 *
 * <p>Values may be any int, negative included, and repeat. Two ints can add up to more than
 * {@link Integer#MAX_VALUE} (or less than {@link Integer#MIN_VALUE}), so the target is a long and the sum
 * must be computed without overflow. The array is not modified.
 *
 * <h2>Constraints and required complexity (n = sorted.length)</h2>
 * n is up to 10^6, so trying every pair (about 5 * 10^11 of them) is far too slow. Required: O(n) time and
 * O(1) extra space: a few variables, no copy of the array and no set or map. The grader times the call as n
 * grows (it must grow linearly, not quadratically) and counts the bytes it allocates (they must not grow with
 * n).
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null array: {@link NullPointerException} whose message names {@code sorted};</li>
 *   <li>an array not in ascending order: {@link IllegalArgumentException} whose message names the first
 *       index {@code k} with {@code sorted[k] < sorted[k - 1]}, as in {@code "sorted[3]"}. Checking the order
 *       costs O(n), which this budget allows.</li>
 * </ul>
 */
public final class PairSum {
    private PairSum() {
    }

    /** The outermost pair of indexes whose values sum to {@code target}, if any. */
    public static Optional<IndexPair> find(int[] sorted, long target) {
        throw new UnsupportedOperationException(
                "TODO: check the order, then find the outermost pair whose values sum to target");
    }
}
