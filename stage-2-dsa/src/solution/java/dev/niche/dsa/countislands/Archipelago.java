package dev.niche.dsa.countislands;

import java.util.Objects;

/** Reference: one flood fill per island, each square visited once, with an explicit stack. */
public final class Archipelago {
    private Archipelago() {
    }

    /**
     * Scans the squares in order; an unseen land square starts a new island, and a flood fill from it marks
     * the whole island seen, so no later square of that island starts another. A square is marked when it is
     * pushed, so it is pushed at most once: O(s) time, and the stack array never needs more than s slots.
     */
    public static int countIslands(boolean[][] land) {
        int cols = validatedWidth(land);
        int rows = land.length;
        boolean[] seen = new boolean[rows * cols];
        int[] stack = new int[rows * cols];
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (seen[start] || !land[start / cols][start % cols]) {
                continue;
            }
            islands++;
            int size = 0;
            seen[start] = true;
            stack[size++] = start;
            while (size > 0) {
                int square = stack[--size];
                int r = square / cols;
                int c = square % cols;
                size = push(land, seen, stack, size, r - 1, c);
                size = push(land, seen, stack, size, r + 1, c);
                size = push(land, seen, stack, size, r, c - 1);
                size = push(land, seen, stack, size, r, c + 1);
            }
        }
        return islands;
    }

    /** Pushes (r, c) if it is an unseen land square of the map; returns the new stack size. */
    private static int push(boolean[][] land, boolean[] seen, int[] stack, int size, int r, int c) {
        int cols = land[0].length;
        if (r < 0 || r >= land.length || c < 0 || c >= cols || !land[r][c] || seen[r * cols + c]) {
            return size;
        }
        seen[r * cols + c] = true;
        stack[size] = r * cols + c;
        return size + 1;
    }

    private static int validatedWidth(boolean[][] land) {
        Objects.requireNonNull(land, "land");
        for (int r = 0; r < land.length; r++) {
            Objects.requireNonNull(land[r], "land[" + r + "]");
            if (land[r].length != land[0].length) {
                throw new IllegalArgumentException("land[" + r + "] has " + land[r].length
                        + " squares, but land[0] has " + land[0].length + "; every row must be as long");
            }
        }
        return land.length == 0 ? 0 : land[0].length;
    }
}
