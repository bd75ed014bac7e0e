package dev.niche.dsa.countislands;

/**
 * How many islands are on the survey map?
 *
 * <p>A survey drone photographs a stretch of sea and marks each square of its map as land ({@code true}) or
 * water ({@code false}). Two land squares belong to the same island when you can walk from one to the other
 * over land, stepping up, down, left or right; a diagonal touch does not join them. Count the islands.
 *
 * <h2>Contract</h2>
 * {@code countIslands(land)} returns the number of islands in {@code land}, where {@code land[r][c]} is the
 * square in row r, column c. A map with no rows, or with rows of length 0, has no islands. The map is not
 * modified: keep your own record of what you have seen.
 *
 * <h2>Constraints and required complexity (s = rows x columns, the number of squares)</h2>
 * Maps reach 1000 x 1000 squares, and one island can wind through half of them. So:
 * <ul>
 *   <li>time O(s), extra space O(s): work that grows faster than s is too slow. The grader times calls on
 *       maps of growing size: the time must grow linearly with s, not quadratically;</li>
 *   <li>the call stack must not grow with the size of an island: a recursion that goes one call deeper per
 *       square of an island needs half a million nested calls on such a map and overflows the stack. Recursion
 *       is not allowed to go that deep; keep the squares still to look at in a collection of your own. The
 *       grader runs your code on a thread with a small stack (256 KB) on a 200 x 200 map with one winding
 *       island.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * A null map or a null row is rejected with a {@link NullPointerException} naming it ({@code "land"},
 * {@code "land[3]"}); a row whose length differs from row 0's with an {@link IllegalArgumentException} naming
 * that row.
 */
public final class Archipelago {
    private Archipelago() {
    }

    /** The number of 4-connected groups of land squares in {@code land}. */
    public static int countIslands(boolean[][] land) {
        throw new UnsupportedOperationException("TODO: count the islands, looking at each square a bounded number of times");
    }
}
