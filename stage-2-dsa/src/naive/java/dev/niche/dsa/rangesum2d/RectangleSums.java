package dev.niche.dsa.rangesum2d;

import java.util.Objects;

/** Naive: keeps a copy of the grid and adds up the rectangle's plots on every query. Correct, but O(area). */
public final class RectangleSums {
    private final int[][] grid;

    public RectangleSums(int[][] grid) {
        Objects.requireNonNull(grid, "grid must not be null");
        this.grid = new int[grid.length][];
        for (int r = 0; r < grid.length; r++) {
            Objects.requireNonNull(grid[r], "grid[" + r + "] must not be null");
            if (grid[r].length != grid[0].length) {
                throw new IllegalArgumentException("grid[" + r + "] has a different length than grid[0]");
            }
            this.grid[r] = grid[r].clone();
        }
    }

    public long sum(int top, int left, int bottom, int right) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length;
        if (top < 0 || top >= rows) {
            throw new IndexOutOfBoundsException("top = " + top);
        }
        if (left < 0 || left >= cols) {
            throw new IndexOutOfBoundsException("left = " + left);
        }
        if (bottom < 0 || bottom >= rows) {
            throw new IndexOutOfBoundsException("bottom = " + bottom);
        }
        if (right < 0 || right >= cols) {
            throw new IndexOutOfBoundsException("right = " + right);
        }
        if (top > bottom || left > right) {
            throw new IllegalArgumentException("top = " + top + ", bottom = " + bottom + ", left = " + left
                    + ", right = " + right);
        }
        long total = 0;
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                total += grid[r][c];
            }
        }
        return total;
    }
}
