package dev.niche.dsa.countislands;

import java.util.Objects;

/**
 * Naive: gives every land square a label of its own, and whenever two touching land squares carry different
 * labels, rewrites one label to the other across the whole map. Correct, and it never recurses, but each
 * merge scans all s squares and an island of s / 2 squares needs s / 2 merges: O(s^2).
 */
public final class Archipelago {
    private Archipelago() {
    }

    public static int countIslands(boolean[][] land) {
        Objects.requireNonNull(land, "land");
        for (int r = 0; r < land.length; r++) {
            Objects.requireNonNull(land[r], "land[" + r + "]");
            if (land[r].length != land[0].length) {
                throw new IllegalArgumentException("land[" + r + "] is not as long as land[0]");
            }
        }
        int rows = land.length;
        int cols = rows == 0 ? 0 : land[0].length;
        int[][] label = new int[rows][cols];
        int labels = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (land[r][c]) {
                    label[r][c] = ++labels;
                }
            }
        }
        int islands = labels;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!land[r][c]) {
                    continue;
                }
                if (r + 1 < rows && land[r + 1][c] && label[r + 1][c] != label[r][c]) {
                    relabel(label, label[r + 1][c], label[r][c]);
                    islands--;
                }
                if (c + 1 < cols && land[r][c + 1] && label[r][c + 1] != label[r][c]) {
                    relabel(label, label[r][c + 1], label[r][c]);
                    islands--;
                }
            }
        }
        return islands;
    }

    private static void relabel(int[][] label, int from, int to) {
        for (int[] row : label) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] == from) {
                    row[c] = to;
                }
            }
        }
    }
}
