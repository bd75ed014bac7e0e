package dev.niche.dsa.rangesum2d;

/**
 * Harvest totals over blocks of a field.
 *
 * <p>A farm maps its field as a grid of plots and records, for each plot, this season's change of yield
 * (negative for a loss). The map is fixed once the season ends; after that, agronomists ask, again and again,
 * for the total over a rectangular block of plots.
 *
 * <h2>Contract</h2>
 * The constructor takes the grid, {@code grid[row][column]}: {@code rows = grid.length} rows of the same
 * length {@code cols}. A grid with no rows, or with rows of length 0, is allowed (it has no plots, so every
 * query on it is out of range). The object is immutable: it keeps no reference to {@code grid}, so changing
 * the array afterwards changes no answer.
 *
 * <p>{@code sum(top, left, bottom, right)} returns the total of the plots in rows {@code top..bottom} and
 * columns {@code left..right}, both ends included. For example, in the grid
 * <pre>
 *   3  0  1  4
 *   5 -6  3  2
 *   1  2  0 -1
 * </pre>
 * {@code sum(1, 1, 2, 2)} is -6 + 3 + 2 + 0 = -1 and {@code sum(0, 0, 0, 0)} is 3.
 *
 * <h2>Value ranges</h2>
 * Up to 2,000 x 2,000 plots, each value any int: a total lies within 4 * 10^6 * 2^31 (below 2^53 in absolute
 * value), so it fits in a long, and often not in an int.
 *
 * <h2>Constraints and required complexity</h2>
 * Up to 10^6 queries on a grid of up to 4 * 10^6 plots: adding up the plots of each query costs up to 4 * 10^6
 * steps a query, far too slow. Required: the constructor O(rows * cols) time and space; {@code sum} O(1) time,
 * whatever the size of the rectangle. The grader times both as the grid grows: building must grow linearly
 * with the number of plots, a query not at all.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null grid, or a null row: {@link NullPointerException} whose message names it ({@code grid}, or
 *       {@code grid[2]} for row 2);</li>
 *   <li>rows of different lengths: {@link IllegalArgumentException} whose message names the first row whose
 *       length differs from the length of row 0, as in {@code grid[2]};</li>
 *   <li>a query index out of range ({@code top} or {@code bottom} outside {@code [0, rows)}, {@code left} or
 *       {@code right} outside {@code [0, cols)}): {@link IndexOutOfBoundsException} whose message names the
 *       first bad argument in the order top, left, bottom, right, as in {@code "bottom = 3"};</li>
 *   <li>an inverted rectangle, all indexes in range ({@code top > bottom} or {@code left > right}):
 *       {@link IllegalArgumentException} whose message names both arguments, as in {@code "top = 2"} and
 *       {@code "bottom = 1"}.</li>
 * </ul>
 */
public final class RectangleSums {

    /** Takes in the grid; afterwards, {@code grid} may change without changing any answer. */
    public RectangleSums(int[][] grid) {
        throw new UnsupportedOperationException("TODO: check the grid, then prepare what every query will need");
    }

    /** The total of the plots in rows {@code top..bottom} and columns {@code left..right}, ends included. */
    public long sum(int top, int left, int bottom, int right) {
        throw new UnsupportedOperationException("TODO: check the rectangle, then answer in constant time");
    }
}
