package dev.niche.dsa.nqueens;

import java.util.Objects;

/**
 * Naive: one queen per row and per column, tried in every order of columns (n! full boards), and each full
 * board checked for diagonal attacks at the end. Correct, but it puts queens on squares already attacked and
 * only finds out n rows later.
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
        return place(new int[n], 0, new boolean[n], view);
    }

    private static int place(int[] colOfRow, int row, boolean[] used, BoardView view) {
        int n = colOfRow.length;
        if (row == n) {
            return noDiagonalAttacks(colOfRow) ? 1 : 0;
        }
        int ways = 0;
        for (int col = 0; col < n; col++) {
            if (!used[col]) {
                used[col] = true;
                colOfRow[row] = col;
                view.put(row, col);
                ways += place(colOfRow, row + 1, used, view);
                view.lift(row, col);
                used[col] = false;
            }
        }
        return ways;
    }

    private static boolean noDiagonalAttacks(int[] colOfRow) {
        for (int a = 0; a < colOfRow.length; a++) {
            for (int b = a + 1; b < colOfRow.length; b++) {
                if (Math.abs(colOfRow[a] - colOfRow[b]) == b - a) {
                    return false;
                }
            }
        }
        return true;
    }
}
