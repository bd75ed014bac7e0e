package dev.niche.dsa.rangesum2d;

import java.util.Objects;

/** Reference: the total of every block that starts at the top-left corner, computed once. */
public final class RectangleSums {
    /**
     * {@code corner[r][c]} is the total of the plots in rows {@code 0..r-1} and columns {@code 0..c-1}; row 0
     * and column 0 are zeros, so no query needs a special case at the edges.
     */
    private final long[][] corner;
    private final int rows;
    private final int cols;

    /**
     * Each corner total is the plot itself plus the block above and the block to the left, minus their
     * overlap, which both contain: one pass, O(rows * cols).
     */
    public RectangleSums(int[][] grid) {
        Objects.requireNonNull(grid, "grid must not be null");
        rows = grid.length;
        for (int r = 0; r < rows; r++) {
            Objects.requireNonNull(grid[r], "grid[" + r + "] must not be null");
        }
        cols = rows == 0 ? 0 : grid[0].length;
        for (int r = 1; r < rows; r++) {
            if (grid[r].length != cols) {
                throw new IllegalArgumentException("grid is not rectangular: grid[" + r + "] has " + grid[r].length
                        + " columns, grid[0] has " + cols);
            }
        }
        corner = new long[rows + 1][cols + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                corner[r + 1][c + 1] = grid[r][c] + corner[r][c + 1] + corner[r + 1][c] - corner[r][c];
            }
        }
    }

    /**
     * The block ending at (bottom, right), minus the rows above the rectangle and the columns to its left; the
     * block above and to the left was subtracted twice, so it is added back: four lookups, O(1).
     */
    public long sum(int top, int left, int bottom, int right) {
        checkIndex("top", top, rows, "rows");
        checkIndex("left", left, cols, "columns");
        checkIndex("bottom", bottom, rows, "rows");
        checkIndex("right", right, cols, "columns");
        if (top > bottom || left > right) {
            throw new IllegalArgumentException("inverted rectangle: top = " + top + ", bottom = " + bottom
                    + ", left = " + left + ", right = " + right + " (need top <= bottom and left <= right)");
        }
        return corner[bottom + 1][right + 1] - corner[top][right + 1] - corner[bottom + 1][left]
                + corner[top][left];
    }

    private static void checkIndex(String name, int index, int size, String what) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(name + " = " + index + " is outside the " + size + " " + what
                    + " [0, " + size + ")");
        }
    }
}
