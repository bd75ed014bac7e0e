package dev.niche.dsa.shortestsubarraynegatives;

import java.util.Objects;

/**
 * Naive: the sliding window that solves this problem when no day is negative. Grow the window on the right;
 * while its sum reaches the goal, record it and shrink it from the left. O(n), and wrong with losses: it
 * assumes that dropping a day from the left never raises the sum, and that adding one never lowers it.
 */
public final class ShopLedger {
    private ShopLedger() {
    }

    public static int shortestStretch(int[] dailyNet, long goal) {
        Objects.requireNonNull(dailyNet, "dailyNet");
        if (goal < 1) {
            throw new IllegalArgumentException("goal must be at least 1, got " + goal);
        }
        int shortest = Integer.MAX_VALUE;
        long sum = 0;
        int left = 0;
        for (int right = 0; right < dailyNet.length; right++) {
            sum += dailyNet[right];
            while (sum >= goal) {
                shortest = Math.min(shortest, right - left + 1);
                sum -= dailyNet[left++];
            }
        }
        return shortest == Integer.MAX_VALUE ? -1 : shortest;
    }
}
