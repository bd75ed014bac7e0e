package dev.niche.dsa.coinchange;

import java.util.Arrays;
import java.util.Objects;

/** Reference: the fewest coins for every amount from 0 up, each answer built from smaller ones. */
public final class CoinChange {
    private static final int UNREACHABLE = Integer.MAX_VALUE;

    private CoinChange() {
    }

    /**
     * {@code fewest[a]} is the fewest coins summing to a. Any way to pay a &gt; 0 has a last coin c, and the
     * coins before it pay a - c, at best with {@code fewest[a - c]} coins; so {@code fewest[a]} is 1 plus the
     * minimum of {@code fewest[a - c]} over the coins c &lt;= a. Filling a = 1, 2, ..., amount in order means
     * every smaller answer is final when it is read: O(amount * k) time, one int per amount.
     */
    public static int fewestCoins(int[] coins, int amount) {
        validate(coins, amount);
        int[] fewest = new int[amount + 1];
        Arrays.fill(fewest, 1, amount + 1, UNREACHABLE);
        for (int a = 1; a <= amount; a++) {
            for (int coin : coins) {
                if (coin <= a && fewest[a - coin] != UNREACHABLE && fewest[a - coin] + 1 < fewest[a]) {
                    fewest[a] = fewest[a - coin] + 1;
                }
            }
        }
        return fewest[amount] == UNREACHABLE ? -1 : fewest[amount];
    }

    private static void validate(int[] coins, int amount) {
        Objects.requireNonNull(coins, "coins");
        for (int i = 0; i < coins.length; i++) {
            if (coins[i] <= 0) {
                throw new IllegalArgumentException("coins[" + i + "] = " + coins[i] + " is not a positive value");
            }
        }
        if (amount < 0) {
            throw new IllegalArgumentException("amount = " + amount + " is negative");
        }
    }
}
