package dev.niche.dsa.greedycounterexample;

import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Naive: compares biggest-first with the fewest coins for every amount up to the largest coin, on the belief
 * that beyond it nothing new can happen. Wrong: with 1, 3 and 4 the first failure is 6, and this says "none".
 */
public final class CoinSystem {
    private static final int MAX_COIN = 100_000;

    private CoinSystem() {
    }

    public static OptionalInt smallestGreedyFailure(int[] coins) {
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
        int largest = values[values.length - 1];
        int[] fewest = new int[largest + 1];
        for (int amount = 1; amount <= largest; amount++) {
            fewest[amount] = Integer.MAX_VALUE;
            for (int coin : values) {
                if (coin <= amount) {
                    fewest[amount] = Math.min(fewest[amount], 1 + fewest[amount - coin]);
                }
            }
            if (greedyCount(values, amount) > fewest[amount]) {
                return OptionalInt.of(amount);
            }
        }
        return OptionalInt.empty();
    }

    private static int greedyCount(int[] increasing, int amount) {
        int count = 0;
        for (int i = increasing.length - 1; i >= 0; i--) {
            count += amount / increasing[i];
            amount %= increasing[i];
        }
        return count;
    }
}
