package dev.niche.dsa.nqueens;

/**
 * The puzzle app's animated board, given to the solver (the grader provides one). Rows and columns are numbered
 * from 0 to n - 1.
 */
public interface BoardView {
    /** A queen goes down on the empty square ({@code row}, {@code col}). */
    void put(int row, int col);

    /** The queen standing on ({@code row}, {@code col}) is lifted off the board. */
    void lift(int row, int col);
}
