package dev.niche.dsa.greedycounterexample;

import java.util.OptionalInt;

/**
 * When does "biggest coin first" stop being the best change?
 *
 * <p>Cashiers give change by taking the biggest coin that fits into what is left, again and again. With euro
 * or dollar coins that always uses the fewest coins, and it is fast and easy to do by hand. A central bank
 * that considers a new set of coins wants to know whether its cashiers can keep doing it, and if not, the
 * first amount where it goes wrong: with coins 1, 3 and 4, biggest first pays 6 as 4 + 1 + 1, where 3 + 3 is
 * one coin fewer.
 *
 * <h2>Contract</h2>
 * {@code smallestGreedyFailure(coins)} returns the smallest amount x &gt; 0 for which biggest-coin-first uses
 * more coins than the fewest possible for x, or {@link OptionalInt#empty()} when there is no such amount at
 * all, for any amount however large (biggest-coin-first is then always optimal). The coins must include 1, so
 * that every amount can be paid both ways. Values may come in any order and repeat; the array is not
 * modified.
 *
 * <h2>Constraints and required complexity (m = number of distinct values)</h2>
 * Up to 100 values, each at most 100,000. No program can try every amount, so an answer of "none" must rest on
 * an argument about how far one has to look: checking up to the largest coin is not enough (1, 3, 4 fails only
 * at 6). A known result bounds the search: for values c1 &lt; c2 &lt; ... &lt; cm, the smallest failure, if
 * there is one, is below c(m-1) + cm (D. Kozen and S. Zaks, "Optimal bounds for the change-making problem",
 * 1994). Required: O((c(m-1) + cm) * m) time and O(c(m-1) + cm) extra space: under 200,000 amounts, each
 * looked at once. The grader compares your answers with a brute force that tries every amount up to three
 * times the largest coin.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null array: {@link NullPointerException} whose message names it ("coins");</li>
 *   <li>an empty array, or values without a 1: {@link IllegalArgumentException} whose message names the
 *       coins and says that a 1 is needed;</li>
 *   <li>a value of 0 or less, or above 100,000: {@link IllegalArgumentException} whose message names it
 *       ("coins[2] = 0", for example).</li>
 * </ul>
 */
public final class CoinSystem {
    private CoinSystem() {
    }

    /** The smallest amount that biggest-coin-first pays with more coins than needed, or empty if none. */
    public static OptionalInt smallestGreedyFailure(int[] coins) {
        throw new UnsupportedOperationException("TODO: the first amount where biggest coin first is not optimal");
    }
}
