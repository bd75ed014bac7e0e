package dev.niche.dsa.gridbfs;

import java.util.Arrays;
import java.util.Objects;

/** Reference: breadth-first search from {@code from}, one visit per square. */
public final class RobotRoute {
    private static final int[] ROW_STEP = {-1, 1, 0, 0};
    private static final int[] COL_STEP = {0, 0, -1, 1};

    private RobotRoute() {
    }

    /**
     * Squares leave a first-in first-out queue in order of their distance from {@code from}: the queue holds
     * squares at distance d, then d + 1, never anything else. So the first time a square is reached, it is
     * reached by a shortest walk, its distance is final, and it is never queued again: O(s) in all.
     */
    public static int fewestSteps(String[] floor, Square from, Square to) {
        int cols = validatedWidth(floor);
        int rows = floor.length;
        requireFreeSquare(floor, from, "from");
        requireFreeSquare(floor, to, "to");
        int[] steps = new int[rows * cols];
        Arrays.fill(steps, -1);
        int[] queue = new int[rows * cols];
        int head = 0;
        int tail = 0;
        int start = from.row() * cols + from.col();
        int target = to.row() * cols + to.col();
        steps[start] = 0;
        queue[tail++] = start;
        while (head < tail) {
            int square = queue[head++];
            if (square == target) {
                return steps[square];
            }
            int row = square / cols;
            int col = square % cols;
            for (int d = 0; d < 4; d++) {
                int r = row + ROW_STEP[d];
                int c = col + COL_STEP[d];
                if (r >= 0 && r < rows && c >= 0 && c < cols && floor[r].charAt(c) == '.') {
                    int next = r * cols + c;
                    if (steps[next] < 0) {
                        steps[next] = steps[square] + 1;
                        queue[tail++] = next;
                    }
                }
            }
        }
        return -1;
    }

    /** The common row length, after checking every row and character. */
    private static int validatedWidth(String[] floor) {
        Objects.requireNonNull(floor, "floor");
        int cols = -1;
        for (int r = 0; r < floor.length; r++) {
            String row = Objects.requireNonNull(floor[r], "floor[" + r + "]");
            if (cols < 0) {
                cols = row.length();
            } else if (row.length() != cols) {
                throw new IllegalArgumentException("floor[" + r + "] has " + row.length()
                        + " squares, but floor[0] has " + cols + "; every row must be as long");
            }
            for (int c = 0; c < cols; c++) {
                char square = row.charAt(c);
                if (square != '.' && square != '#') {
                    throw new IllegalArgumentException("floor[" + r + "] has '" + square + "' at column " + c
                            + "; only '.' (free) and '#' (shelf) are allowed");
                }
            }
        }
        return Math.max(cols, 0);
    }

    private static void requireFreeSquare(String[] floor, Square square, String name) {
        Objects.requireNonNull(square, name);
        int rows = floor.length;
        int cols = rows == 0 ? 0 : floor[0].length();
        if (square.row() < 0 || square.row() >= rows || square.col() < 0 || square.col() >= cols) {
            throw new IllegalArgumentException(name + " " + square + " is outside the floor of " + rows + " x "
                    + cols + " squares");
        }
        if (floor[square.row()].charAt(square.col()) == '#') {
            throw new IllegalArgumentException(name + " " + square + " is on a shelf");
        }
    }
}
