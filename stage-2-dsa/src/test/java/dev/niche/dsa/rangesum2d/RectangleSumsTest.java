package dev.niche.dsa.rangesum2d;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/range-sum-2d", title = "Rectangle totals on a fixed grid", order = 60, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class RectangleSumsTest {
    private static final int MAX = Integer.MAX_VALUE;
    private static final int MIN = Integer.MIN_VALUE;

    /** The grid of the statement. */
    private static int[][] field() {
        return new int[][] {
            {3, 0, 1, 4},
            {5, -6, 3, 2},
            {1, 2, 0, -1},
        };
    }

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("sums an inner block, a single plot, a row, a column and the whole grid")
    void sumsBlocks() {
        RectangleSums sums = new RectangleSums(field());
        assertThat(sums.sum(1, 1, 2, 2)).as("sum(1, 1, 2, 2): rows 1..2, columns 1..2").isEqualTo(-1);
        assertThat(sums.sum(0, 0, 0, 0)).as("sum(0, 0, 0, 0): the top-left plot").isEqualTo(3);
        assertThat(sums.sum(2, 3, 2, 3)).as("sum(2, 3, 2, 3): the bottom-right plot").isEqualTo(-1);
        assertThat(sums.sum(1, 0, 1, 3)).as("sum(1, 0, 1, 3): row 1").isEqualTo(4);
        assertThat(sums.sum(0, 3, 2, 3)).as("sum(0, 3, 2, 3): column 3").isEqualTo(5);
        assertThat(sums.sum(0, 0, 2, 3)).as("sum(0, 0, 2, 3): the whole grid").isEqualTo(14);
    }

    @Test
    @DisplayName("answers any number of queries, in any order, on a 1 x 1 grid too")
    void repeatedQueries() {
        RectangleSums sums = new RectangleSums(field());
        for (int round = 0; round < 3; round++) {
            assertThat(sums.sum(0, 1, 1, 2)).as("sum(0, 1, 1, 2), round %d", round).isEqualTo(-2);
        }
        assertThat(new RectangleSums(new int[][] {{-7}}).sum(0, 0, 0, 0)).as("sum(0, 0, 0, 0) of [[-7]]")
                .isEqualTo(-7);
    }

    @Test
    @DisplayName("totals beyond the int range are exact: no overflow")
    void totalsBeyondInt() {
        RectangleSums highs = new RectangleSums(new int[][] {{MAX, MAX, MAX}, {MAX, MAX, MAX}, {MAX, MAX, MAX}});
        assertThat(highs.sum(0, 0, 2, 2)).as("sum of a 3 x 3 grid of Integer.MAX_VALUE").isEqualTo(9L * MAX);
        assertThat(highs.sum(1, 1, 2, 2)).as("sum(1, 1, 2, 2) of that grid").isEqualTo(4L * MAX);
        RectangleSums lows = new RectangleSums(new int[][] {{MIN, MIN}, {MIN, MAX}});
        assertThat(lows.sum(0, 0, 1, 1)).as("sum of [[MIN, MIN], [MIN, MAX]]").isEqualTo(3L * MIN + MAX);
    }

    @Test
    @DisplayName("keeps no reference to the grid: changing it afterwards changes no answer")
    void immutable() {
        int[][] grid = field();
        RectangleSums sums = new RectangleSums(grid);
        grid[1][1] = 1000;
        grid[0] = new int[] {0, 0, 0, 0};
        assertThat(sums.sum(0, 0, 2, 3)).as("sum of the whole grid after the caller changed its array")
                .isEqualTo(14);
        assertThat(sums.sum(1, 1, 1, 1)).as("sum(1, 1, 1, 1) after the caller changed that plot").isEqualTo(-6);
    }

    @Test
    @DisplayName("a null grid or a null row is rejected with a message naming it")
    void rejectsNulls() {
        assertThatThrownBy(() -> new RectangleSums(null)).as("new RectangleSums(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("grid");
        assertThatThrownBy(() -> new RectangleSums(new int[][] {{1, 2}, {3, 4}, null}))
                .as("new RectangleSums([[1, 2], [3, 4], null])")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("grid[2]");
    }

    @Test
    @DisplayName("rows of different lengths are rejected, naming the first row that differs")
    void rejectsRagged() {
        assertThatThrownBy(() -> new RectangleSums(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8}, {9}}))
                .as("new RectangleSums([[1, 2, 3], [4, 5, 6], [7, 8], [9]])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("grid[2]");
    }

    @Test
    @DisplayName("an index out of range is rejected, naming the first bad one in the order top, left, bottom, right")
    void rejectsOutOfRange() {
        RectangleSums sums = new RectangleSums(field());
        List<Object[]> cases = List.of(
                new Object[] {new int[] {-1, 0, 1, 1}, "top = -1"},
                new Object[] {new int[] {3, 0, 1, 1}, "top = 3"},
                new Object[] {new int[] {0, -1, 1, 1}, "left = -1"},
                new Object[] {new int[] {0, 4, 1, 1}, "left = 4"},
                new Object[] {new int[] {0, 0, 3, 1}, "bottom = 3"},
                new Object[] {new int[] {0, 0, -2, 1}, "bottom = -2"},
                new Object[] {new int[] {0, 0, 1, 4}, "right = 4"},
                new Object[] {new int[] {0, 0, 1, Integer.MIN_VALUE}, "right = " + Integer.MIN_VALUE},
                new Object[] {new int[] {0, 9, 9, 9}, "left = 9"});
        for (Object[] c : cases) {
            int[] q = (int[]) c[0];
            assertThatThrownBy(() -> sums.sum(q[0], q[1], q[2], q[3]))
                    .as("sum%s on a 3 x 4 grid", Arrays.toString(q).replace('[', '(').replace(']', ')'))
                    .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining((String) c[1]);
        }
    }

    @Test
    @DisplayName("an inverted rectangle is rejected, naming both of its ends")
    void rejectsInverted() {
        RectangleSums sums = new RectangleSums(field());
        assertThatThrownBy(() -> sums.sum(2, 0, 1, 3)).as("sum(2, 0, 1, 3): top below bottom")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top = 2")
                .hasMessageContaining("bottom = 1");
        assertThatThrownBy(() -> sums.sum(0, 3, 2, 0)).as("sum(0, 3, 2, 0): left right of right")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left = 3")
                .hasMessageContaining("right = 0");
    }

    @Test
    @DisplayName("a grid without plots is allowed, and every query on it is out of range")
    void emptyGrids() {
        assertThatThrownBy(() -> new RectangleSums(new int[0][]).sum(0, 0, 0, 0)).as("sum(0, 0, 0, 0) with no rows")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("top = 0");
        assertThatThrownBy(() -> new RectangleSums(new int[][] {{}, {}}).sum(0, 0, 0, 0))
                .as("sum(0, 0, 0, 0) with two rows of length 0")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("left = 0");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("agrees with adding up the plots, for any grid and any valid rectangles")
    void matchesAddingUpThePlots(@ForAll("grids") int[][] grid, @ForAll("queries") List<Corners> queries) {
        RectangleSums sums = new RectangleSums(grid);
        int rows = grid.length;
        int cols = grid[0].length;
        for (Corners q : queries) {
            int top = Math.min(q.row1() % rows, q.row2() % rows);
            int bottom = Math.max(q.row1() % rows, q.row2() % rows);
            int left = Math.min(q.col1() % cols, q.col2() % cols);
            int right = Math.max(q.col1() % cols, q.col2() % cols);
            assertThat(sums.sum(top, left, bottom, right))
                    .as("sum(%d, %d, %d, %d) on %s", top, left, bottom, right, Arrays.deepToString(grid))
                    .isEqualTo(addUp(grid, top, left, bottom, right));
        }
    }

    /** The oracle: every plot of the rectangle, added in a long. */
    private static long addUp(int[][] grid, int top, int left, int bottom, int right) {
        long total = 0;
        for (int r = top; r <= bottom; r++) {
            for (int c = left; c <= right; c++) {
                total += grid[r][c];
            }
        }
        return total;
    }

    /** Grids of 1 to 6 rows and 1 to 6 columns of small values, with the int extremes mixed in. */
    @Provide
    Arbitrary<int[][]> grids() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(-20, 20)),
                Tuple.of(1, Arbitraries.of(MIN, MAX)));
        return Combinators.combine(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(1, 6))
                .flatAs((rows, cols) -> value.array(int[].class).ofSize(cols).array(int[][].class).ofSize(rows));
    }

    /** Two opposite corners of a rectangle, each reduced modulo the grid's size before use. */
    record Corners(int row1, int col1, int row2, int col2) {
    }

    /** Up to 20 queries. */
    @Provide
    Arbitrary<List<Corners>> queries() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 59);
        return Combinators.combine(index, index, index, index).as(Corners::new).list().ofMinSize(1).ofMaxSize(20);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a query on most of the grid takes the same time whatever the grid's size (timing)")
    void constantTimeQuery() {
        assertComplexity(Complexity.timing("sum of a large rectangle", QUERIES).sizes(powersOfTwo(10, 15)))
                .isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("building takes time linear in the number of plots, not quadratic (timing)")
    void linearBuild() {
        assertComplexity(Complexity.timing("constructor", BUILD).sizes(powersOfTwo(8, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("a query takes constant time (JMH)")
    void queryBenchmark() {
        assertComplexity(Complexity.jmh("sum of a large rectangle", RectangleSumsBenchmark.class, "sum")
                .sizes(1 << 9, 1 << 11, 1 << 13, 1 << 15)).isAtMost(Growth.CONSTANT);
    }

    /** A field of n plots; each run answers the next of 1024 random queries, each on most of the field. */
    static final Workload<Field> QUERIES = Workload.of(Field::new, Field::nextSum);

    /** A field of n plots; each run builds a new {@link RectangleSums} from it. */
    static final Workload<Field> BUILD = Workload.of(Field::new, Field::build);

    /**
     * Shared by the checks and the JMH benchmark: a grid of n plots (n a power of two, as square as it gets:
     * 2^7 x 2^8 for n = 2^15), random values, and 1024 random rectangles that each span at least the middle
     * three quarters of the rows and of the columns, so adding up a rectangle costs more than n / 2 steps.
     */
    static final class Field {
        final int[][] grid;
        final RectangleSums sums;
        final int[] queries = new int[4 * 1024];
        int next;

        Field(int n) {
            int rows = Integer.highestOneBit((int) Math.sqrt(n));
            int cols = n / rows;
            Random random = new Random(n);
            grid = new int[rows][cols];
            for (int[] row : grid) {
                for (int c = 0; c < cols; c++) {
                    row[c] = random.nextInt(2001) - 1000;
                }
            }
            sums = new RectangleSums(grid);
            for (int q = 0; q < queries.length; q += 4) {
                queries[q] = random.nextInt(rows / 8 + 1);
                queries[q + 1] = random.nextInt(cols / 8 + 1);
                queries[q + 2] = rows - 1 - random.nextInt(rows / 8 + 1);
                queries[q + 3] = cols - 1 - random.nextInt(cols / 8 + 1);
            }
        }

        long nextSum() {
            next = (next + 4) & (queries.length - 1);
            return sums.sum(queries[next], queries[next + 1], queries[next + 2], queries[next + 3]);
        }

        RectangleSums build() {
            return new RectangleSums(grid);
        }
    }
}
