package dev.niche.dsa.nqueens;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code PeacefulQueensTest#searchBenchmark}. Its n is the size of the search, B(board),
 * not the board: the search time of a good solver follows B, which is the growth this benchmark shows. The view
 * only counts the puts, so the time is the solver's.
 */
@State(Scope.Benchmark)
public class PeacefulQueensBenchmark {
    @Param("152")
    public int n;

    private int board;
    private long puts;

    private final BoardView countingView = new BoardView() {
        @Override
        public void put(int row, int col) {
            puts++;
        }

        @Override
        public void lift(int row, int col) {
        }
    };

    @Setup
    public void prepare() {
        board = PeacefulQueensTest.boardWithBudget(n);
    }

    @Benchmark
    public long count() {
        return PeacefulQueens.count(board, countingView) + puts;
    }
}
