package dev.niche.dsa.largestrectangle;

import java.util.Objects;

/** Reference: one pass with a stack of buildings whose banner can still grow to the right. */
public final class Banner {
    private Banner() {
    }

    /**
     * The best banner has the height of some building b and spans from just after the nearest lower building on
     * b's left to just before the nearest lower one on its right. Scan left to right keeping a stack of
     * buildings with strictly increasing heights (invariant): the building below each one on the stack is its
     * nearest lower neighbour on the left. When a lower (or equal) building arrives, it is the right boundary of
     * every taller building on top of the stack, so pop each, and its banner is complete. A final building of
     * height 0 (past the end) empties the stack. Each building is pushed and popped once: O(n).
     */
    public static long largestArea(int[] heights) {
        Objects.requireNonNull(heights, "heights");
        int n = heights.length;
        for (int i = 0; i < n; i++) {
            if (heights[i] < 0) {
                throw new IllegalArgumentException("heights[" + i + "] = " + heights[i] + " must not be negative");
            }
        }
        int[] rising = new int[n + 1];
        int size = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int height = i < n ? heights[i] : 0;
            while (size > 0 && heights[rising[size - 1]] >= height) {
                int top = rising[--size];
                int leftEdge = size > 0 ? rising[size - 1] + 1 : 0;
                best = Math.max(best, (long) heights[top] * (i - leftEdge));
            }
            rising[size++] = i;
        }
        return best;
    }
}
