package dev.niche.dsa.subarraysumequalsk;

/**
 * How many stretches of a hike climb exactly k metres?
 *
 * <p>A fitness watch records, for each minute of a hike, the net change of altitude in that minute: positive
 * going up, negative going down. A coach asks how many stretches of consecutive minutes have a total change of
 * exactly k metres.
 *
 * <h2>Contract</h2>
 * {@code count(values, k)} returns the number of pairs {@code (i, j)} with {@code 0 <= i <= j < n} and
 * {@code values[i] + values[i + 1] + ... + values[j] == k}: the non-empty subarrays whose sum is k. For
 * example, {@code count([1, 2, 3, -3, 3], 3)} is 5: [1, 2], [3], [1, 2, 3, -3], [3, -3, 3] and the last [3].
 * The array is not modified.
 *
 * <h2>Value ranges</h2>
 * n is up to 10^6 and each value may be any int, so a subarray sum lies within n * 2^31, about 2.2 * 10^15: it
 * always fits in a long (|sum| &lt; 2^51) and often not in an int, so sums must be computed in long. k may be
 * any long. The count itself can reach n(n + 1) / 2 (all zeros, k = 0), beyond {@link Integer#MAX_VALUE}
 * from n = 65,536 on, so it is a long too.
 *
 * <h2>Constraints and required complexity</h2>
 * With n up to 10^6, adding up every subarray, even incrementally, costs O(n^2), about 5 * 10^11 steps: too
 * slow. Values can be negative, so a stretch that overshoots k may come back to it later. Required: O(n)
 * expected time and O(n) extra space. The grader times the call as n grows: the time must grow linearly,
 * not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} whose message names {@code values}.
 */
public final class SubarraySums {
    private SubarraySums() {
    }

    /** The number of non-empty subarrays of {@code values} whose sum is exactly {@code k}. */
    public static long count(int[] values, long k) {
        throw new UnsupportedOperationException("TODO: count the subarrays whose sum is exactly k");
    }
}
