package dev.niche.dsa.redundantconnection;

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
import java.util.Collections;
import java.util.List;
import java.util.Random;
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

@Kata(id = "dsa/redundant-connection", title = "The extra cable that closed a loop", order = 220,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class CableLoopTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("in a triangle the cable plugged in last closes the loop")
    void triangle() {
        assertCable(cables(0, 1, 1, 2, 2, 0), 2);
        assertCable(cables(2, 0, 0, 1, 1, 2), 2);
    }

    @Test
    @DisplayName("cables plugged in after the loop closed are not on it and do not count")
    void laterCablesOffTheLoop() {
        assertCable(cables(0, 1, 1, 2, 2, 3, 3, 1, 3, 4), 3);
    }

    @Test
    @DisplayName("the last-plugged cable on the loop wins, even if the loop's other cables came much earlier")
    void lastOnTheLoop() {
        assertCable(cables(1, 4, 0, 1, 3, 4, 2, 3, 0, 5, 0, 2), 5);
        assertCable(cables(0, 1, 3, 4, 0, 2, 2, 3, 1, 5, 3, 0), 5);
    }

    @Test
    @DisplayName("a second cable between two joined routers is the loop, and the later of the two is removed")
    void doubledCable() {
        assertCable(cables(0, 1, 1, 2, 2, 1, 1, 3), 2);
        assertCable(cables(1, 0, 0, 1), 1);
    }

    @Test
    @DisplayName("a cable from a router to itself is the loop")
    void selfLoop() {
        assertCable(cables(0, 0), 0);
        assertCable(cables(0, 1, 2, 2, 1, 2), 1);
    }

    @Test
    @DisplayName("a null array or cable is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> CableLoop.cableToRemove(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("cables");
        assertThatThrownBy(() -> CableLoop.cableToRemove(new int[][] {{0, 1}, null}))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("cables[1]");
    }

    @Test
    @DisplayName("a cable that is not two routers, or names an unknown router, is rejected, naming it")
    void rejectsBadCables() {
        for (int[] bad : List.of(new int[] {0}, new int[] {0, 1, 2}, new int[] {0, 3}, new int[] {-1, 0},
                new int[] {3, 1})) {
            int[][] cables = {{0, 1}, {1, 2}, bad};
            assertThatThrownBy(() -> CableLoop.cableToRemove(cables)).as("cables[2] = %s", Arrays.toString(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cables[2]");
        }
    }

    @Test
    @DisplayName("no cables, two loops, or a network in pieces is rejected, naming the cables")
    void rejectsNotATreePlusOne() {
        assertThatThrownBy(() -> CableLoop.cableToRemove(new int[0][]))
                .as("no cables").isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cables");
        int[][] twoLoops = cables(0, 1, 1, 0, 2, 3, 3, 2);
        assertThatThrownBy(() -> CableLoop.cableToRemove(twoLoops)).as(Arrays.deepToString(twoLoops))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cables");
        int[][] inPieces = cables(0, 1, 1, 2, 2, 0, 0, 1);
        assertThatThrownBy(() -> CableLoop.cableToRemove(inPieces)).as("%s: router 3 is cut off",
                Arrays.deepToString(inPieces)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cables");
    }

    private static void assertCable(int[][] cables, int expected) {
        assertThat(CableLoop.cableToRemove(cables)).as("cableToRemove(%s)", Arrays.deepToString(cables))
                .isEqualTo(expected);
    }

    /** Cables from a flat list: a, b, a, b, ... */
    private static int[][] cables(int... flat) {
        int[][] cables = new int[flat.length / 2][];
        for (int i = 0; i < cables.length; i++) {
            cables[i] = new int[] {flat[2 * i], flat[2 * i + 1]};
        }
        return cables;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying each cable from the last: the first whose removal leaves the network whole")
    void matchesRemovalSearch(@ForAll("networks") Wiring wiring) {
        assertThat(CableLoop.cableToRemove(wiring.cables())).as("cableToRemove%s", wiring)
                .isEqualTo(lastRemovableCable(wiring.cables()));
    }

    /** The oracle: the highest index whose cable can go while every router still reaches router 0. */
    private static int lastRemovableCable(int[][] cables) {
        for (int removed = cables.length - 1; removed >= 0; removed--) {
            boolean[] reached = new boolean[cables.length];
            reached[0] = true;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < cables.length; i++) {
                    int a = cables[i][0];
                    int b = cables[i][1];
                    if (i != removed && reached[a] != reached[b]) {
                        reached[a] = true;
                        reached[b] = true;
                        grew = true;
                    }
                }
            }
            boolean whole = true;
            for (boolean r : reached) {
                whole &= r;
            }
            if (whole) {
                return removed;
            }
        }
        throw new AssertionError("the generator made a network that is not a tree plus one cable");
    }

    /** A tree plus one cable, printed as the array of cables. */
    record Wiring(int[][] cables) {
        @Override
        public String toString() {
            return "(" + Arrays.deepToString(cables) + ")";
        }

        /**
         * n routers: a random tree (each router after the first joins an earlier one), renumbered at random,
         * plus one more cable between any two routers (the same one, or two already joined, now and then),
         * each cable's ends in random order, all cables shuffled.
         */
        static Wiring random(int n, long seed) {
            Random random = new Random(seed);
            List<Integer> label = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
            Collections.shuffle(label, random);
            int[][] cables = new int[n][];
            for (int v = 1; v < n; v++) {
                cables[v - 1] = new int[] {label.get(v), label.get(random.nextInt(v))};
            }
            cables[n - 1] = new int[] {random.nextInt(n), random.nextInt(n)};
            for (int[] cable : cables) {
                if (random.nextBoolean()) {
                    int swap = cable[0];
                    cable[0] = cable[1];
                    cable[1] = swap;
                }
            }
            Collections.shuffle(Arrays.asList(cables), random);
            return new Wiring(cables);
        }
    }

    /** Up to 10 routers. */
    @Provide
    Arbitrary<Wiring> networks() {
        return Combinators.combine(Arbitraries.integers().between(1, 10), Arbitraries.longs()).as(Wiring::random);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("time grows linearly on hub networks, where searching or unbalanced joining goes quadratic (timing)")
    void linearOnHubs() {
        assertThat(CableLoop.cableToRemove(hub(1 << 10))).as("cableToRemove on a hub of 1024 routers")
                .isEqualTo(1 << 9);
        assertComplexity(Complexity.timing("cableToRemove, a hub of n routers",
                Workload.of(CableLoopTest::hub, CableLoop::cableToRemove)).sizes(powersOfTwo(10, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("time grows linearly on hub networks (JMH)")
    void findBenchmark() {
        assertComplexity(Complexity.jmh("cableToRemove, a hub of n routers", CableLoopBenchmark.class, "find")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEAR);
    }

    /**
     * n >= 4 routers, every one cabled to router 0, the hub, written hub first and hub second in turn; the
     * extra cable joins routers 1 and 2 and is plugged in at index n / 2. Searching the network before each
     * cable covers the whole hub every other time, and a union-find that always hangs one given end under the
     * other builds a chain as long as the network: both take time quadratic in n.
     */
    static int[][] hub(int n) {
        int[][] cables = new int[n][];
        int extra = n / 2;
        int router = 1;
        for (int i = 0; i < n; i++) {
            if (i == extra) {
                cables[i] = new int[] {1, 2};
            } else {
                cables[i] = router % 2 == 1 ? new int[] {0, router} : new int[] {router, 0};
                router++;
            }
        }
        return cables;
    }
}
