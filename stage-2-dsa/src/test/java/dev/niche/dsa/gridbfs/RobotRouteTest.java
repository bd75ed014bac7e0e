package dev.niche.dsa.gridbfs;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/grid-bfs", title = "Fewest steps across a floor with shelves", order = 180, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class RobotRouteTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("on an empty floor the robot walks the rows and columns between the squares")
    void emptyFloor() {
        String[] floor = {"....", "....", "...."};
        assertThat(RobotRoute.fewestSteps(floor, new Square(0, 0), new Square(2, 3)))
                .as("fewestSteps(%s, (0, 0), (2, 3))", List.of(floor)).isEqualTo(5);
        assertThat(RobotRoute.fewestSteps(floor, new Square(2, 3), new Square(0, 0)))
                .as("fewestSteps(%s, (2, 3), (0, 0))", List.of(floor)).isEqualTo(5);
    }

    @Test
    @DisplayName("walks around a shelf that stands in the way")
    void aroundAShelf() {
        String[] floor = {"....", ".##.", "...."};
        assertThat(RobotRoute.fewestSteps(floor, new Square(1, 0), new Square(1, 3)))
                .as("fewestSteps(%s, (1, 0), (1, 3))", List.of(floor)).isEqualTo(5);
    }

    @Test
    @DisplayName("follows the only way through a winding floor, even when the target looks close")
    void windingFloor() {
        String[] floor = {
            ".....",
            "####.",
            ".....",
            ".####",
            "....."};
        assertThat(RobotRoute.fewestSteps(floor, new Square(0, 0), new Square(4, 4)))
                .as("fewestSteps(%s, (0, 0), (4, 4))", List.of(floor)).isEqualTo(16);
        assertThat(RobotRoute.fewestSteps(floor, new Square(0, 3), new Square(2, 3)))
                .as("fewestSteps(%s, (0, 3), (2, 3))", List.of(floor)).isEqualTo(4);
    }

    @Test
    @DisplayName("takes the shorter of two ways around")
    void shorterOfTwoWays() {
        String[] floor = {
            "......",
            ".####.",
            ".#..#.",
            ".#....",
            "......"};
        assertThat(RobotRoute.fewestSteps(floor, new Square(2, 2), new Square(0, 0)))
                .as("fewestSteps(%s, (2, 2), (0, 0))", List.of(floor)).isEqualTo(8);
    }

    @Test
    @DisplayName("answers 0 when the robot already stands on the target")
    void alreadyThere() {
        assertThat(RobotRoute.fewestSteps(new String[] {"."}, new Square(0, 0), new Square(0, 0)))
                .as("fewestSteps([\".\"], (0, 0), (0, 0))").isZero();
        String[] floor = {"#.#", "...", "#.#"};
        assertThat(RobotRoute.fewestSteps(floor, new Square(1, 1), new Square(1, 1)))
                .as("fewestSteps(%s, (1, 1), (1, 1))", List.of(floor)).isZero();
    }

    @Test
    @DisplayName("answers -1 when shelves wall the target off")
    void walledOff() {
        String[] floor = {"..#..", "..#..", "..#.."};
        assertThat(RobotRoute.fewestSteps(floor, new Square(0, 0), new Square(2, 4)))
                .as("fewestSteps(%s, (0, 0), (2, 4))", List.of(floor)).isEqualTo(-1);
        String[] diagonal = {".#", "#."};
        assertThat(RobotRoute.fewestSteps(diagonal, new Square(0, 0), new Square(1, 1)))
                .as("fewestSteps(%s, (0, 0), (1, 1)): no diagonal steps", List.of(diagonal)).isEqualTo(-1);
    }

    @Test
    @DisplayName("works on a floor of one row and on a floor of one column")
    void oneRowOrColumn() {
        assertThat(RobotRoute.fewestSteps(new String[] {"......."}, new Square(0, 6), new Square(0, 1)))
                .as("fewestSteps([\".......\"], (0, 6), (0, 1))").isEqualTo(5);
        String[] column = {".", ".", ".", "#", "."};
        assertThat(RobotRoute.fewestSteps(column, new Square(0, 0), new Square(2, 0)))
                .as("fewestSteps(%s, (0, 0), (2, 0))", List.of(column)).isEqualTo(2);
        assertThat(RobotRoute.fewestSteps(column, new Square(0, 0), new Square(4, 0)))
                .as("fewestSteps(%s, (0, 0), (4, 0))", List.of(column)).isEqualTo(-1);
    }

    @Test
    @DisplayName("a null floor, row, from or to is rejected with a message naming it")
    void rejectsNull() {
        Square corner = new Square(0, 0);
        assertThatThrownBy(() -> RobotRoute.fewestSteps(null, corner, corner))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("floor");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[] {"..", null}, corner, corner))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("floor[1]");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[] {".."}, null, corner))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[] {".."}, corner, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("to");
    }

    @Test
    @DisplayName("rows of different lengths and unknown characters are rejected, naming the row")
    void rejectsMalformedFloor() {
        Square corner = new Square(0, 0);
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[] {"...", "...", ".."}, corner, corner))
                .as("a short third row").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor[2]");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[] {"...", ".x."}, corner, corner))
                .as("an 'x' in the second row").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor[1]");
    }

    @Test
    @DisplayName("from or to outside the floor or on a shelf is rejected, naming it")
    void rejectsBadSquares() {
        String[] floor = {"..#", "..."};
        Square free = new Square(0, 0);
        for (Square outside : List.of(new Square(-1, 0), new Square(0, -1), new Square(2, 0), new Square(0, 3))) {
            assertThatThrownBy(() -> RobotRoute.fewestSteps(floor, outside, free))
                    .as("from %s on a 2 x 3 floor", outside).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("from");
            assertThatThrownBy(() -> RobotRoute.fewestSteps(floor, free, outside))
                    .as("to %s on a 2 x 3 floor", outside).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("to");
        }
        Square shelf = new Square(0, 2);
        assertThatThrownBy(() -> RobotRoute.fewestSteps(floor, shelf, free))
                .as("from on the shelf (0, 2)").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(floor, free, shelf))
                .as("to on the shelf (0, 2)").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to");
        assertThatThrownBy(() -> RobotRoute.fewestSteps(new String[0], free, free))
                .as("a floor with no rows").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with growing the set of squares reachable in k steps, k = 0, 1, 2, ...")
    void matchesExpansion(@ForAll("trips") Trip trip) {
        assertThat(RobotRoute.fewestSteps(trip.floor(), trip.from(), trip.to()))
                .as("fewestSteps(%s, %s, %s)", List.of(trip.floor()), trip.from(), trip.to())
                .isEqualTo(stepsByExpansion(trip.floor(), trip.from(), trip.to()));
    }

    /** The oracle: the smallest k such that the squares reachable in at most k steps include {@code to}. */
    private static int stepsByExpansion(String[] floor, Square from, Square to) {
        Set<Square> reached = new HashSet<>(Set.of(from));
        for (int k = 0; ; k++) {
            if (reached.contains(to)) {
                return k;
            }
            Set<Square> next = new HashSet<>(reached);
            for (Square s : reached) {
                for (Square n : List.of(new Square(s.row() - 1, s.col()), new Square(s.row() + 1, s.col()),
                        new Square(s.row(), s.col() - 1), new Square(s.row(), s.col() + 1))) {
                    if (n.row() >= 0 && n.row() < floor.length && n.col() >= 0 && n.col() < floor[0].length()
                            && floor[n.row()].charAt(n.col()) == '.') {
                        next.add(n);
                    }
                }
            }
            if (next.size() == reached.size()) {
                return -1;
            }
            reached = next;
        }
    }

    /** A floor and a trip on it; printed as the floor's rows so a failure can be drawn. */
    record Trip(String[] floor, Square from, Square to) {
        @Override
        public String toString() {
            return "floor " + List.of(floor) + ", from " + from + ", to " + to;
        }
    }

    /** Floors up to 6 x 6, about a third shelves; from and to are free squares, sometimes the same one. */
    @Provide
    Arbitrary<Trip> trips() {
        Arbitrary<Integer> side = Arbitraries.integers().between(1, 6);
        return Combinators.combine(side, side).flatAs((rows, cols) -> {
            Arbitrary<List<Boolean>> shelves = Arbitraries.integers().between(0, 2).map(x -> x == 0)
                    .list().ofSize(rows * cols);
            Arbitrary<Integer> square = Arbitraries.integers().between(0, rows * cols - 1);
            return Combinators.combine(shelves, square, square).as((shelf, from, to) -> {
                String[] floor = new String[rows];
                for (int r = 0; r < rows; r++) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 0; c < cols; c++) {
                        int i = r * cols + c;
                        row.append(shelf.get(i) && i != from && i != to ? '#' : '.');
                    }
                    floor[r] = row.toString();
                }
                return new Trip(floor, new Square(from / cols, from % cols), new Square(to / cols, to % cols));
            });
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("time grows linearly with the number of squares on a winding floor (timing)")
    void linearOnWindingFloors() {
        Winding small = Winding.ofArea(1 << 10);
        assertThat(small.walk()).as("fewestSteps through the winding floor %s", List.of(small.floor()))
                .isEqualTo(small.steps());
        assertComplexity(Complexity.timing("fewestSteps through a winding floor",
                Workload.of(Winding::ofArea, Winding::walk)).sizes(powersOfTwo(10, 16))).isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("time grows linearly with the number of squares on a winding floor (JMH)")
    void walkBenchmark() {
        assertComplexity(Complexity.jmh("fewestSteps through a winding floor", RobotRouteBenchmark.class, "walk")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    /**
     * A floor of about n squares whose corridors run along the even rows, joined by one gap at alternate ends
     * of the odd rows, so the only way from (0, 0) to the end of the last corridor visits every free square.
     */
    record Winding(String[] floor, Square from, Square to, int steps) {
        static Winding ofArea(int n) {
            int rows = 1 << (31 - Integer.numberOfLeadingZeros(n)) / 2;
            int cols = n / rows;
            String[] floor = new String[rows];
            for (int r = 0; r < rows; r++) {
                char[] row = new char[cols];
                java.util.Arrays.fill(row, r % 2 == 0 ? '.' : '#');
                if (r % 2 == 1) {
                    row[(r / 2) % 2 == 0 ? cols - 1 : 0] = '.';
                }
                floor[r] = new String(row);
            }
            int corridors = (rows + 1) / 2;
            int lastRow = 2 * (corridors - 1);
            Square to = new Square(lastRow, (corridors - 1) % 2 == 0 ? cols - 1 : 0);
            return new Winding(floor, new Square(0, 0), to, corridors * (cols - 1) + lastRow);
        }

        int walk() {
            return RobotRoute.fewestSteps(floor, from, to);
        }
    }
}
