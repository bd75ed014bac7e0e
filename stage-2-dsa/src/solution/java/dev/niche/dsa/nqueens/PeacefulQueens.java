package dev.niche.dsa.nqueens;

import java.util.Objects;

/**
 * Reference: one queen per row, top to bottom, and a queen only goes down on a square that no queen above it
 * attacks. Every board reached is then a peaceful partial board, so the puts are exactly B(n); a row with no safe
 * square ends that branch at once, which is what keeps the search far smaller than every order of columns.
 */
public final class PeacefulQueens {
    public static final int MAX_N = 12;

    private PeacefulQueens() {
    }

    public static int count(int n, BoardView view) {
        if (n < 1 || n > MAX_N) {
            throw new IllegalArgumentException("n must be in 1.." + MAX_N + ", got " + n);
        }
        Objects.requireNonNull(view, "view");
        return new Search(n, view).fromRow(0);
    }

    /** The squares attacked so far: by column, by diagonal (row + col) and by anti-diagonal (row - col). */
    private static final class Search {
        private final int n;
        private final BoardView view;
        private final boolean[] columnTaken;
        private final boolean[] diagonalTaken;
        private final boolean[] antiDiagonalTaken;

        Search(int n, BoardView view) {
            this.n = n;
            this.view = view;
            columnTaken = new boolean[n];
            diagonalTaken = new boolean[2 * n - 1];
            antiDiagonalTaken = new boolean[2 * n - 1];
        }

        /** The number of ways to finish a peaceful board whose rows above {@code row} hold one queen each. */
        int fromRow(int row) {
            if (row == n) {
                return 1;
            }
            int ways = 0;
            for (int col = 0; col < n; col++) {
                int anti = row - col + n - 1;
                if (!columnTaken[col] && !diagonalTaken[row + col] && !antiDiagonalTaken[anti]) {
                    view.put(row, col);
                    columnTaken[col] = diagonalTaken[row + col] = antiDiagonalTaken[anti] = true;
                    ways += fromRow(row + 1);
                    columnTaken[col] = diagonalTaken[row + col] = antiDiagonalTaken[anti] = false;
                    view.lift(row, col);
                }
            }
            return ways;
        }
    }
}
