package dev.niche.dsa.nqueens;

/**
 * Queens that leave each other in peace.
 *
 * <p>A puzzle app for chess fans asks: in how many ways can n queens stand on an n-by-n board so that no two of
 * them attack each other? A queen attacks every square in its row, its column and both of its diagonals, however
 * far. The app also animates the search, so users can watch the solver think: your solver tells the app's
 * {@link BoardView} about every queen it puts down or lifts, and every time the board holds n queens in peace the
 * view shows a solution.
 *
 * <h2>Contract</h2>
 * {@code count(n, view)} returns the number of ways to stand n queens on the n-by-n board with no two attacking
 * each other (for n = 4 there are two; for n = 8, 92). While it searches it calls {@code view.put(row, col)}
 * whenever a queen goes down on an empty square and {@code view.lift(row, col)} whenever one is taken up: every
 * queen the search tries, not only the queens of solutions. The view must see every solution counted, each
 * exactly once, as a moment when the board holds n queens in peace. The board is empty again when
 * {@code count} returns.
 *
 * <h2>Limits and required work</h2>
 * 1 &lt;= n &lt;= {@link #MAX_N}. Users watch the animation, so it must stay short: for a board of size n the
 * view allows at most B(n) puts, where B(n) is the number of ways to stand k queens in peace on the top k rows,
 * one queen per row, added up over k = 1, ..., n. B(4) = 16, B(8) = 2,056 and B(12) = 856,188, while trying the
 * queens of an 8-by-8 board in every order of columns (one queen per row and per column) already takes 109,600
 * puts. The grader counts the puts on every board up to n = 12 against that budget; the time then follows the
 * puts.
 *
 * <h2>Bad input</h2>
 * n outside 1..{@link #MAX_N} throws {@link IllegalArgumentException} naming n and its value; a null view throws
 * {@link NullPointerException} naming "view".
 */
public final class PeacefulQueens {
    /** The largest board the app offers. */
    public static final int MAX_N = 12;

    private PeacefulQueens() {
    }

    /** The number of ways n queens stand in peace on an n-by-n board; every queen moved is shown on {@code view}. */
    public static int count(int n, BoardView view) {
        throw new UnsupportedOperationException(
                "TODO: put queens down one row at a time, show each put and lift, count the full peaceful boards");
    }
}
