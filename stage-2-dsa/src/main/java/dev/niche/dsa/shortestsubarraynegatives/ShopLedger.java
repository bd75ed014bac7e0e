package dev.niche.dsa.shortestsubarraynegatives;

/**
 * How fast did the shop ever earn its goal?
 *
 * <p>A shop's ledger holds its net result for each day: takings minus costs. Good days are positive; bad days
 * are negative, and there are plenty of them (rent day, a refund, a stock order). The owner asks: what is the
 * shortest stretch of consecutive days whose results add up to at least {@code goal}?
 *
 * <p>For example, with daily results {@code [5, -8, 6, 1]} and a goal of 7, the answer is 2: the stretch
 * [6, 1] reaches 7. Stretches that start on day 0 never reach the goal, because the loss on day 1 drags them
 * down.
 *
 * <h2>Contract</h2>
 * {@code shortestStretch(dailyNet, goal)} returns the smallest length of a non-empty run of consecutive days
 * whose sum is at least {@code goal}, or -1 when no run reaches it (always -1 for an empty ledger). Daily
 * results are any ints, negative ones included, and sums may go beyond the range of int. Ledgers hold up to
 * 10^6 days, so trying every stretch (about n^2 / 2 of them) is too slow. The input array is not modified.
 *
 * <h2>Required complexity (n = number of days)</h2>
 * O(n) time and O(n) extra space. The grader times the call on growing ledgers: the time must grow linearly,
 * not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} with a message naming it ("dailyNet"); a goal below 1
 * throws {@link IllegalArgumentException} naming the goal.
 */
public final class ShopLedger {
    private ShopLedger() {
    }

    /** The length of the shortest run of consecutive days adding up to at least {@code goal}, or -1. */
    public static int shortestStretch(int[] dailyNet, long goal) {
        throw new UnsupportedOperationException("TODO: find the shortest run reaching the goal, losses included");
    }
}
