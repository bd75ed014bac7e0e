package dev.niche.dsa.largestrectangle;

import java.util.Objects;

/** Naive: from each building, widens the banner to the right, tracking the lowest roof. Correct, but O(n^2). */
public final class Banner {
    private Banner() {
    }

    public static long largestArea(int[] heights) {
        Objects.requireNonNull(heights, "heights");
        for (int i = 0; i < heights.length; i++) {
            if (heights[i] < 0) {
                throw new IllegalArgumentException("heights[" + i + "] = " + heights[i] + " must not be negative");
            }
        }
        long best = 0;
        for (int left = 0; left < heights.length; left++) {
            int lowest = Integer.MAX_VALUE;
            for (int right = left; right < heights.length; right++) {
                lowest = Math.min(lowest, heights[right]);
                best = Math.max(best, (long) lowest * (right - left + 1));
            }
        }
        return best;
    }
}
