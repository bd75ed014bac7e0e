package dev.niche.dsa.gridbfs;

import java.util.Objects;

/**
 * Naive: writes 0 on {@code from}, then sweeps the whole floor again and again, giving each free square one
 * more than its best neighbour, until a sweep changes nothing. Correct, but on a winding floor a distance
 * creeps one square per sweep against the sweep's direction, so it needs O(s) sweeps of O(s) each.
 */
public final class RobotRoute {
    private static final int UNKNOWN = Integer.MAX_VALUE;

    private RobotRoute() {
    }

    public static int fewestSteps(String[] floor, Square from, Square to) {
        Objects.requireNonNull(floor, "floor");
        for (int r = 0; r < floor.length; r++) {
            Objects.requireNonNull(floor[r], "floor[" + r + "]");
            if (floor[r].length() != floor[0].length()) {
                throw new IllegalArgumentException("floor[" + r + "] is not as long as floor[0]");
            }
            for (char square : floor[r].toCharArray()) {
                if (square != '.' && square != '#') {
                    throw new IllegalArgumentException("floor[" + r + "] has '" + square + "'");
                }
            }
        }
        int rows = floor.length;
        int cols = rows == 0 ? 0 : floor[0].length();
        check(floor, from, "from", rows, cols);
        check(floor, to, "to", rows, cols);

        int[][] steps = new int[rows][cols];
        for (int[] row : steps) {
            java.util.Arrays.fill(row, UNKNOWN);
        }
        steps[from.row()][from.col()] = 0;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    if (floor[r].charAt(c) == '#') {
                        continue;
                    }
                    int best = steps[r][c];
                    if (r > 0 && steps[r - 1][c] != UNKNOWN) {
                        best = Math.min(best, steps[r - 1][c] + 1);
                    }
                    if (r < rows - 1 && steps[r + 1][c] != UNKNOWN) {
                        best = Math.min(best, steps[r + 1][c] + 1);
                    }
                    if (c > 0 && steps[r][c - 1] != UNKNOWN) {
                        best = Math.min(best, steps[r][c - 1] + 1);
                    }
                    if (c < cols - 1 && steps[r][c + 1] != UNKNOWN) {
                        best = Math.min(best, steps[r][c + 1] + 1);
                    }
                    if (best < steps[r][c]) {
                        steps[r][c] = best;
                        changed = true;
                    }
                }
            }
        }
        int answer = steps[to.row()][to.col()];
        return answer == UNKNOWN ? -1 : answer;
    }

    private static void check(String[] floor, Square square, String name, int rows, int cols) {
        Objects.requireNonNull(square, name);
        if (square.row() < 0 || square.row() >= rows || square.col() < 0 || square.col() >= cols) {
            throw new IllegalArgumentException(name + " is outside the floor");
        }
        if (floor[square.row()].charAt(square.col()) == '#') {
            throw new IllegalArgumentException(name + " is on a shelf");
        }
    }
}
