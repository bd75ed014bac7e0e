package dev.niche.dsa.countislands;

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
import dev.niche.katas.grader.complexity.SmallStack;
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayList;
import java.util.List;
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

@Kata(id = "dsa/count-islands", title = "Count the islands of a map", order = 190, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class ArchipelagoTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("open sea has no islands; a single land square is one island")
    void seaAndOneSquare() {
        assertThat(Archipelago.countIslands(map("...", "...")))
                .as("countIslands of [..., ...]").isZero();
        assertThat(Archipelago.countIslands(map("#"))).as("countIslands of [#]").isEqualTo(1);
        assertThat(Archipelago.countIslands(map("###", "###"))).as("countIslands of [###, ###]").isEqualTo(1);
    }

    @Test
    @DisplayName("squares that touch only at a corner are separate islands")
    void diagonalsDoNotJoin() {
        assertThat(Archipelago.countIslands(map("#.", ".#"))).as("countIslands of [#., .#]").isEqualTo(2);
        assertThat(Archipelago.countIslands(map("#.#", ".#.", "#.#")))
                .as("countIslands of [#.#, .#., #.#]").isEqualTo(5);
    }

    @Test
    @DisplayName("a ring of land is one island, and an islet in its lagoon is another")
    void ringWithIslet() {
        String[] rows = {"#####", "#...#", "#.#.#", "#...#", "#####"};
        assertThat(Archipelago.countIslands(map(rows))).as("countIslands of %s", List.of(rows)).isEqualTo(2);
    }

    @Test
    @DisplayName("counts islands of different shapes, including ones that curl back on themselves")
    void mixedShapes() {
        String[] rows = {
            "##..#",
            "#...#",
            "..#..",
            "#.###",
            "#..#."};
        assertThat(Archipelago.countIslands(map(rows))).as("countIslands of %s", List.of(rows)).isEqualTo(4);
        String[] hook = {
            "#.###",
            "#.#.#",
            "###.#"};
        assertThat(Archipelago.countIslands(map(hook))).as("countIslands of %s", List.of(hook)).isEqualTo(1);
    }

    @Test
    @DisplayName("works on a map of one row and on a map of one column")
    void oneRowOrColumn() {
        assertThat(Archipelago.countIslands(map("#.##.#"))).as("countIslands of [#.##.#]").isEqualTo(3);
        assertThat(Archipelago.countIslands(map("#", "#", ".", "#"))).as("countIslands of [#, #, ., #]")
                .isEqualTo(2);
    }

    @Test
    @DisplayName("a map with no rows, or with empty rows, has no islands")
    void emptyMaps() {
        assertThat(Archipelago.countIslands(new boolean[0][])).as("countIslands of a map with no rows").isZero();
        assertThat(Archipelago.countIslands(new boolean[3][0])).as("countIslands of three empty rows").isZero();
    }

    @Test
    @DisplayName("leaves the map as it was")
    void doesNotModify() {
        boolean[][] land = map("##.", ".##", "#..");
        Archipelago.countIslands(land);
        assertThat(land).as("the map after countIslands").isDeepEqualTo(map("##.", ".##", "#.."));
    }

    @Test
    @DisplayName("a null map or row, or rows of different lengths, are rejected with a message naming them")
    void rejectsBadMaps() {
        assertThatThrownBy(() -> Archipelago.countIslands(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("land");
        assertThatThrownBy(() -> Archipelago.countIslands(new boolean[][] {{true}, null}))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("land[1]");
        assertThatThrownBy(() -> Archipelago.countIslands(new boolean[][] {{true, false}, {true, false}, {true}}))
                .as("a short third row").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("land[2]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with counting the classes of 'reachable over land' computed as a closure, and keeps the map")
    void matchesClosure(@ForAll("maps") Survey survey) {
        boolean[][] land = survey.land();
        String before = survey.toString();
        assertThat(Archipelago.countIslands(land)).as("countIslands of %s", survey)
                .isEqualTo(islandsByClosure(land));
        assertThat(new Survey(land).toString()).as("the map after countIslands").isEqualTo(before);
    }

    /**
     * The oracle: joined[a][b] says land squares a and b are on one island. Start from "a equals b or they
     * touch", close it under "a joined to k and k joined to b", then count the squares joined to no earlier
     * square.
     */
    private static int islandsByClosure(boolean[][] land) {
        List<int[]> squares = new ArrayList<>();
        for (int r = 0; r < land.length; r++) {
            for (int c = 0; c < land[r].length; c++) {
                if (land[r][c]) {
                    squares.add(new int[] {r, c});
                }
            }
        }
        int n = squares.size();
        boolean[][] joined = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                int[] p = squares.get(a);
                int[] q = squares.get(b);
                joined[a][b] = Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) <= 1;
            }
        }
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    joined[a][b] |= joined[a][k] && joined[k][b];
                }
            }
        }
        int islands = 0;
        for (int a = 0; a < n; a++) {
            boolean first = true;
            for (int b = 0; b < a; b++) {
                first &= !joined[a][b];
            }
            islands += first ? 1 : 0;
        }
        return islands;
    }

    /** A map, printed as rows of '#' (land) and '.' (water). */
    record Survey(boolean[][] land) {
        @Override
        public String toString() {
            List<String> rows = new ArrayList<>();
            for (boolean[] row : land) {
                StringBuilder text = new StringBuilder();
                for (boolean square : row) {
                    text.append(square ? '#' : '.');
                }
                rows.add(text.toString());
            }
            return rows.toString();
        }
    }

    /** Maps up to 6 x 6 (no rows and empty rows included), about half land. */
    @Provide
    Arbitrary<Survey> maps() {
        Arbitrary<Integer> side = Arbitraries.integers().between(0, 6);
        return Combinators.combine(side, side).flatAs((rows, cols) -> Arbitraries.of(true, false)
                .list().ofSize(rows * cols).map(squares -> {
                    boolean[][] land = new boolean[rows][cols];
                    for (int i = 0; i < squares.size(); i++) {
                        land[i / cols][i % cols] = squares.get(i);
                    }
                    return new Survey(land);
                }));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("time grows linearly with the number of squares on maps with one winding island (timing)")
    void linearOnWindingIslands() {
        assertComplexity(Complexity.timing("countIslands, one winding island",
                Workload.of(ArchipelagoTest::windingIsland, Archipelago::countIslands))
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("the call stack does not grow with an island: a 200 x 200 winding island on a 256 KB stack")
    void stackDoesNotGrowWithIsland() {
        boolean[][] land = windingIsland(200, 200);
        int islands = SmallStack.call(256 * 1024, () -> Archipelago.countIslands(land),
                "countIslands overflowed a 256 KB stack on a 200 x 200 map with one winding island of 20,100 "
                        + "squares: the call stack grows with the island. A 1000 x 1000 map can hold an island 25 "
                        + "times bigger. Keep the squares still to look at in a stack or queue of your own.");
        assertThat(islands).as("countIslands of a 200 x 200 map with one winding island").isEqualTo(1);
    }

    @BenchCheck
    @DisplayName("time grows linearly with the number of squares on maps with one winding island (JMH)")
    void countBenchmark() {
        assertComplexity(Complexity.jmh("countIslands, one winding island", ArchipelagoBenchmark.class, "count")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    /** About n squares (a power of two), as close to square as powers of two allow, holding one winding island. */
    static boolean[][] windingIsland(int n) {
        int rows = 1 << (31 - Integer.numberOfLeadingZeros(n)) / 2;
        return windingIsland(rows, n / rows);
    }

    /**
     * Land on every even row, and on odd rows one square joining the rows above and below, at the right end
     * and the left end in turn: a single island that snakes through half of the map.
     */
    static boolean[][] windingIsland(int rows, int cols) {
        boolean[][] land = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            if (r % 2 == 0) {
                java.util.Arrays.fill(land[r], true);
            } else {
                land[r][(r / 2) % 2 == 0 ? cols - 1 : 0] = true;
            }
        }
        return land;
    }

    /** A map from rows of text: '#' is land, anything else water. */
    private static boolean[][] map(String... rows) {
        boolean[][] land = new boolean[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            land[r] = new boolean[rows[r].length()];
            for (int c = 0; c < rows[r].length(); c++) {
                land[r][c] = rows[r].charAt(c) == '#';
            }
        }
        return land;
    }
}
