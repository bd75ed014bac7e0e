package dev.niche.dsa.nqueens;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How the search is measured. A count alone says nothing about the work behind it, and timing cannot tell the
 * two searches apart by growth class: both grow faster than any polynomial in n, and only the gap between them
 * widens with n. So the kata's API makes the work visible: the solver shows every queen it puts down on a
 * {@link BoardView} that this test implements ({@link RecordingView}), and the view counts the puts. It also
 * checks that what it is shown is a consistent search: puts on empty squares, lifts of queens that stand there,
 * the board empty at the end, and every solution counted seen as a full peaceful board exactly once. Like a
 * counting comparator, which cannot see comparisons made without it, the view cannot see work a solver hides
 * from it: the contract asks the solver to show every queen it puts down, and the kata trusts it to.
 *
 * <p>The budget is exact and deterministic: B(n), the number of peaceful partial boards (k queens in peace on
 * the top k rows, summed over k), which a search that only ever stands a queen where no queen attacks it reaches
 * exactly. Trying every order of columns puts 4 times B(n) queens on a 4-by-4 board and 1,500 times B(n) on a
 * 12-by-12 one, so it fails at the first board where pruning matters. The growth check reads the same counts
 * against B(n) as the size, where the reference is linear and the brute force is not.
 */
@Kata(id = "dsa/n-queens", title = "Queens in peace: count the boards, show the search", order = 250,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class PeacefulQueensTest {
    /** SOLUTIONS[n]: the number of peaceful boards of size n (OEIS A000170). */
    private static final int[] SOLUTIONS = {1, 1, 0, 0, 2, 10, 4, 40, 92, 352, 724, 2680, 14200};
    /** BUDGET[n] = B(n), from the oracle below. */
    private static final long[] BUDGET = IntStream.rangeClosed(0, PeacefulQueens.MAX_N)
            .mapToLong(PeacefulQueensTest::peacefulPartialBoards).toArray();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("one queen on a 1 x 1 board: one way")
    void oneSquare() {
        RecordingView view = new RecordingView(1);
        assertThat(PeacefulQueens.count(1, view)).as("count(1)").isEqualTo(1);
        view.assertHonest(1);
    }

    @Test
    @DisplayName("2 x 2 and 3 x 3 boards have no peaceful placement")
    void noWay() {
        for (int n : new int[] {2, 3}) {
            RecordingView view = new RecordingView(n);
            assertThat(PeacefulQueens.count(n, view)).as("count(%d)", n).isZero();
            view.assertHonest(0);
        }
    }

    @Test
    @DisplayName("a 4 x 4 board has two placements, and the view sees both")
    void fourByFour() {
        RecordingView view = new RecordingView(4);
        assertThat(PeacefulQueens.count(4, view)).as("count(4)").isEqualTo(2);
        view.assertHonest(2);
        assertThat(view.solutions()).as("solutions seen on the 4 x 4 board, as the column of each row's queen")
                .containsExactlyInAnyOrder(List.of(1, 3, 0, 2), List.of(2, 0, 3, 1));
    }

    @Test
    @DisplayName("counts for boards 5 to 9: 10, 4, 40, 92, 352")
    void knownCounts() {
        for (int n = 5; n <= 9; n++) {
            RecordingView view = new RecordingView(n);
            assertThat(PeacefulQueens.count(n, view)).as("count(%d)", n).isEqualTo(SOLUTIONS[n]);
            view.assertHonest(SOLUTIONS[n]);
        }
    }

    @Test
    @DisplayName("n outside 1..MAX_N is rejected with an IllegalArgumentException naming n and its value")
    void rejectsBadSize() {
        for (int n : new int[] {0, -1, PeacefulQueens.MAX_N + 1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> PeacefulQueens.count(n, new RecordingView(1))).as("count(%d)", n)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n")
                    .hasMessageContaining(Integer.toString(n));
        }
    }

    @Test
    @DisplayName("a null view is rejected with a NullPointerException naming it")
    void rejectsNullView() {
        assertThatThrownBy(() -> PeacefulQueens.count(4, null)).as("count(4, null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("view");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** Nine boards in all: jqwik tries each size once. */
    @Property(tries = 200)
    @Label("for every board up to 9 x 9, the view sees exactly the solutions that every order of columns finds")
    void matchesEveryOrderOfColumns(@ForAll @IntRange(min = 1, max = 9) int n) {
        RecordingView view = new RecordingView(n);
        int count = PeacefulQueens.count(n, view);
        Set<List<Integer>> expected = solutionsByEveryOrder(n);
        assertThat(count).as("count(%d)", n).isEqualTo(expected.size());
        view.assertHonest(count);
        assertThat(view.solutions()).as("solutions seen on the %d x %d board", n, n)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The oracle: every order of columns, one queen per row, kept when no two queens share a diagonal. */
    private static Set<List<Integer>> solutionsByEveryOrder(int n) {
        Set<List<Integer>> solutions = new HashSet<>();
        orderColumns(n, new ArrayList<>(), solutions);
        return solutions;
    }

    private static void orderColumns(int n, List<Integer> columns, Set<List<Integer>> solutions) {
        if (columns.size() == n) {
            if (inPeace(columns)) {
                solutions.add(List.copyOf(columns));
            }
            return;
        }
        for (int col = 0; col < n; col++) {
            if (!columns.contains(col)) {
                columns.add(col);
                orderColumns(n, columns, solutions);
                columns.remove(columns.size() - 1);
            }
        }
    }

    /** No two queens (one per row, at columns.get(row)) share a column or a diagonal. */
    private static boolean inPeace(List<Integer> columns) {
        for (int a = 0; a < columns.size(); a++) {
            for (int b = a + 1; b < columns.size(); b++) {
                int apart = Math.abs(columns.get(a) - columns.get(b));
                if (apart == 0 || apart == b - a) {
                    return false;
                }
            }
        }
        return true;
    }

    /** B(n): for each k, the ways to stand k queens in peace on the top k rows, one per row; summed over k. */
    static long peacefulPartialBoards(int n) {
        return extendInPeace(n, new ArrayList<>());
    }

    private static long extendInPeace(int n, List<Integer> columns) {
        if (columns.size() == n) {
            return 0;
        }
        long boards = 0;
        for (int col = 0; col < n; col++) {
            columns.add(col);
            if (inPeace(columns)) {
                boards += 1 + extendInPeace(n, columns);
            }
            columns.remove(columns.size() - 1);
        }
        return boards;
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("puts at most B(n) queens on every board up to 12 x 12 (puts counted)")
    void putBudget() {
        for (int n = 1; n <= PeacefulQueens.MAX_N; n++) {
            RecordingView view = new RecordingView(n, BUDGET[n]);
            assertThat(PeacefulQueens.count(n, view)).as("count(%d)", n).isEqualTo(SOLUTIONS[n]);
            view.assertHonest(SOLUTIONS[n]);
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("puts grow in proportion to the peaceful partial boards, not to the orders of columns")
    void putsFollowPeacefulBoards() {
        int[] budgets = IntStream.rangeClosed(5, 9).map(n -> (int) BUDGET[n]).toArray();
        assertComplexity(Complexity.counting("puts on the board whose B(board) is n", budget -> {
            RecordingView view = new RecordingView(boardWithBudget((int) budget));
            PeacefulQueens.count(view.n, view);
            return view.puts;
        }).sizes(budgets)).isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("time grows in proportion to the peaceful partial boards (JMH, n = B(board) for boards 6 to 9)")
    void searchBenchmark() {
        assertComplexity(Complexity.jmh("count, against n = B(board)", PeacefulQueensBenchmark.class, "count")
                .sizes((int) BUDGET[6], (int) BUDGET[7], (int) BUDGET[8], (int) BUDGET[9]))
                .isAtMost(Growth.LINEAR);
    }

    /** The board size whose budget B is {@code budget}. */
    static int boardWithBudget(int budget) {
        for (int n = 1; n <= PeacefulQueens.MAX_N; n++) {
            if (BUDGET[n] == budget) {
                return n;
            }
        }
        throw new IllegalArgumentException("no board up to " + PeacefulQueens.MAX_N + " has B = " + budget);
    }

    /**
     * A view that checks the solver's trace and counts its puts: puts only on empty squares of the board, lifts
     * only of standing queens, at most {@code budget} puts (it stops the search at the first one over). Every
     * moment the board holds n queens in peace is a solution seen.
     */
    static final class RecordingView implements BoardView {
        final int n;
        private final long budget;
        private final boolean[][] queen;
        private int standing;
        long puts;
        private final List<List<Integer>> solutions = new ArrayList<>();

        RecordingView(int n) {
            this(n, Long.MAX_VALUE);
        }

        RecordingView(int n, long budget) {
            this.n = n;
            this.budget = budget;
            queen = new boolean[n][n];
        }

        @Override
        public void put(int row, int col) {
            if (++puts > budget) {
                throw new AssertionError("put number " + puts + " on the " + n + " x " + n + " board is over the "
                        + "budget B(" + n + ") = " + budget + ": only stand a queen where no queen attacks it");
            }
            onBoard("put", row, col);
            if (queen[row][col]) {
                throw new AssertionError("put(" + row + ", " + col + ") on a square that already holds a queen");
            }
            queen[row][col] = true;
            if (++standing == n) {
                recordIfPeaceful();
            }
        }

        @Override
        public void lift(int row, int col) {
            onBoard("lift", row, col);
            if (!queen[row][col]) {
                throw new AssertionError("lift(" + row + ", " + col + ") of a square with no queen on it");
            }
            queen[row][col] = false;
            standing--;
        }

        private void onBoard(String call, int row, int col) {
            if (row < 0 || row >= n || col < 0 || col >= n) {
                throw new AssertionError(call + "(" + row + ", " + col + ") is off the " + n + " x " + n + " board");
            }
        }

        /** A full board is a solution when each row holds one queen and their columns are in peace. */
        private void recordIfPeaceful() {
            List<Integer> columns = new ArrayList<>(n);
            for (boolean[] row : queen) {
                int before = columns.size();
                for (int col = 0; col < n; col++) {
                    if (row[col]) {
                        columns.add(col);
                    }
                }
                if (columns.size() != before + 1) {
                    return;
                }
            }
            if (inPeace(columns)) {
                solutions.add(columns);
            }
        }

        List<List<Integer>> solutions() {
            return solutions;
        }

        /** The board is empty again, and the solver's count is the number of distinct solutions it showed. */
        void assertHonest(int count) {
            assertThat(standing).as("queens left on the %d x %d board after count returned", n, n).isZero();
            assertThat(new HashSet<>(solutions)).as("solutions shown on the %d x %d board (one is shown twice)", n,
                    n).hasSameSizeAs(solutions);
            assertThat(solutions).as("full peaceful boards shown on the %d x %d board, one per way counted", n, n)
                    .hasSize(count);
        }
    }
}
