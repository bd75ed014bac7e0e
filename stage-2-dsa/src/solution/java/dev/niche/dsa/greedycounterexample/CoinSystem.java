package dev.niche.dsa.greedycounterexample;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/** Reference: biggest-first against the fewest coins, amount by amount, up to the Kozen-Zaks bound. */
public final class CoinSystem {
    private static final int MAX_COIN = 100_000;

    private CoinSystem() {
    }

    /**
     * Kozen and Zaks proved that if biggest-first ever fails, it first fails below c(m-1) + cm, the sum of the
     * two largest values; with one or two values (1 and c) it never fails. So checking every amount below that
     * bound decides for all amounts. For each amount x, {@code fewest[x]} is 1 + the minimum of
     * {@code fewest[x - c]} over coins c &lt;= x, and biggest-first's count is 1 + its count for x - c where c
     * is the largest coin &lt;= x (what it does next depends only on what is left). O((c(m-1) + cm) * m) time.
     */
    public static OptionalInt smallestGreedyFailure(int[] coins) {
        int[] values = distinctSorted(coins);
        int m = values.length;
        if (m < 3) {
            return OptionalInt.empty();
        }
        int bound = values[m - 2] + values[m - 1];
        int[] fewest = new int[bound];
        int[] greedy = new int[bound];
        int biggestFitting = 0;
        for (int amount = 1; amount < bound; amount++) {
            while (biggestFitting + 1 < m && values[biggestFitting + 1] <= amount) {
                biggestFitting++;
            }
            greedy[amount] = 1 + greedy[amount - values[biggestFitting]];
            int best = Integer.MAX_VALUE;
            for (int i = 0; i <= biggestFitting; i++) {
                best = Math.min(best, 1 + fewest[amount - values[i]]);
            }
            fewest[amount] = best;
            if (greedy[amount] > best) {
                return OptionalInt.of(amount);
            }
        }
        return OptionalInt.empty();
    }

    /** Validates the coins and returns their distinct values in increasing order (the first is 1). */
    private static int[] distinctSorted(int[] coins) {
        Objects.requireNonNull(coins, "coins");
        for (int i = 0; i < coins.length; i++) {
            if (coins[i] <= 0 || coins[i] > MAX_COIN) {
                throw new IllegalArgumentException("coins[" + i + "] = " + coins[i] + " is not between 1 and "
                        + MAX_COIN);
            }
        }
        int[] values = Arrays.stream(coins).distinct().sorted().toArray();
        if (values.length == 0 || values[0] != 1) {
            throw new IllegalArgumentException("coins " + Arrays.toString(coins) + " must include a 1");
        }
        return values;
    }
}
