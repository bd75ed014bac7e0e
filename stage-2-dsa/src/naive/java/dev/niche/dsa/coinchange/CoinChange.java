package dev.niche.dsa.coinchange;

import java.util.Objects;

/**
 * Naive: tries every coin as the first one and recurses on what is left, with no memory of answers already
 * found. Correct, but the same smaller amounts are solved again and again: exponential in the amount.
 */
public final class CoinChange {
    private CoinChange() {
    }

    public static int fewestCoins(int[] coins, int amount) {
        Objects.requireNonNull(coins, "coins");
        for (int i = 0; i < coins.length; i++) {
            if (coins[i] <= 0) {
                throw new IllegalArgumentException("coins[" + i + "] = " + coins[i] + " is not a positive value");
            }
        }
        if (amount < 0) {
            throw new IllegalArgumentException("amount = " + amount + " is negative");
        }
        return fewest(coins, amount);
    }

    private static int fewest(int[] coins, int amount) {
        if (amount == 0) {
            return 0;
        }
        int best = -1;
        for (int coin : coins) {
            if (coin <= amount) {
                int rest = fewest(coins, amount - coin);
                if (rest >= 0 && (best < 0 || rest + 1 < best)) {
                    best = rest + 1;
                }
            }
        }
        return best;
    }
}
