package dev.niche.dsa.coinchange;

/**
 * Paying an amount with as few coins as possible.
 *
 * <p>A ticket machine in a small republic gives change in coins whose values were picked by a committee: 1, 7
 * and 10 cents, say, or no 1 at all. The machine holds as many coins of each value as it needs, and every coin
 * it hands out costs the operator a little, so for each amount it must know the fewest coins that add up to
 * it exactly, or that no mix of its coins does. Taking the biggest coin that fits, again and again, is not
 * enough here: with 1, 7 and 10 it pays 14 as 10 + 1 + 1 + 1 + 1, where 7 + 7 would do.
 *
 * <h2>Contract</h2>
 * {@code fewestCoins(coins, amount)} returns the smallest number of coins whose values sum to {@code amount},
 * using each value in {@code coins} as many times as wanted; -1 when no combination sums to it. An amount of 0
 * needs 0 coins (even with no coins at all). The values may come in any order and repeat; a value larger than
 * the amount is simply never used. The array is not modified.
 *
 * <h2>Constraints and required complexity (k = coins.length)</h2>
 * The amount goes up to 10,000 and there are up to 100 values, so trying every mix of coins (whose number
 * grows exponentially with the amount) is far too slow. Required: O(amount * k) time and O(amount) extra
 * space. The grader times amounts from 8 up to 16,384 with three coin values: the time must grow linearly
 * with the amount.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null array: {@link NullPointerException} whose message names it ("coins");</li>
 *   <li>a coin value of 0 or less: {@link IllegalArgumentException} whose message names it ("coins[2] = 0",
 *       for example);</li>
 *   <li>a negative amount: {@link IllegalArgumentException} whose message names it ("amount").</li>
 * </ul>
 */
public final class CoinChange {
    private CoinChange() {
    }

    /** The fewest coins from {@code coins} (each value usable any number of times) summing to {@code amount}. */
    public static int fewestCoins(int[] coins, int amount) {
        throw new UnsupportedOperationException("TODO: the fewest coins summing to the amount, or -1");
    }
}
