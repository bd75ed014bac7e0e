package dev.niche.dsa.threesum;

import java.util.List;

/**
 * Which three charges balance?
 *
 * <p>A chemist has a tray of ions, each with a signed charge, and wants to list every way to pick three ions
 * whose charges add up to a target. Two picks that use the same three charges are the same way for her, even
 * if they use different ions, so each combination of charges is listed once.
 *
 * <h2>Contract</h2>
 * {@code find(values, target)} returns every {@link Triple} {@code (a, b, c)} with {@code a <= b <= c} and
 * {@code a + b + c == target} such that a, b and c sit at three different positions of {@code values}: a value
 * can appear in a triple as many times as it appears in the array, no more. Each triple is listed once, and
 * the list is in ascending order of {@code a}, then of {@code b} (which fixes c). No triple: an empty list.
 * For example, {@code find([3, -2, 1, -1, 0, -2, 4], 0)} is {@code [(-2, -2, 4), (-2, -1, 3), (-1, 0, 1)]}.
 *
 * <p>Values may be any int, negative included. Three ints can add up to well beyond the int range, so the
 * target is a long and sums must be computed without overflow. The array is not modified.
 *
 * <h2>Constraints and required complexity (n = values.length)</h2>
 * n is up to 3,000. There are about 4.5 * 10^9 ways to pick three positions, far too many to try; about n^2 =
 * 9 * 10^6 steps is fine. Required: O(n^2) time and O(n) extra space, not counting the returned list. The
 * grader times the call as n grows: it must grow quadratically, not cubically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} whose message names {@code values}.
 */
public final class ChargeTriples {
    private ChargeTriples() {
    }

    /** Every distinct triple of values from three different positions that adds up to {@code target}. */
    public static List<Triple> find(int[] values, long target) {
        throw new UnsupportedOperationException("TODO: list each triple of values summing to target once, in order");
    }
}
