package dev.niche.dsa.shortestsubarraynegatives;

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

@Kata(id = "dsa/shortest-subarray-negatives", title = "Shortest stretch reaching a goal, losses included",
        order = 400, checkpoints = "2.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class ShopLedgerTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[5, -8, 6, 1] reaches 7 in 2 days: the stretches from day 0 never recover from the loss")
    void statementExample() {
        assertShortest(new int[] {5, -8, 6, 1}, 7, 2);
    }

    @Test
    @DisplayName("with gains only: [1, 4, 2, 2, 5, 1] reaches 7 in 2 days")
    void withoutLosses() {
        assertShortest(new int[] {1, 4, 2, 2, 5, 1}, 7, 2);
    }

    @Test
    @DisplayName("a loss at the start of a stretch must be dropped: [4, -10, 3, 3] reaches 6 in 2 days")
    void dropTheLoss() {
        assertShortest(new int[] {4, -10, 3, 3}, 6, 2);
    }

    @Test
    @DisplayName("a single day can be enough, even right after a loss: [1, -5, 4] reaches 4 in 1 day")
    void singleDayAfterLoss() {
        assertShortest(new int[] {1, -5, 4}, 4, 1);
        assertShortest(new int[] {3, 10, -2}, 9, 1);
    }

    @Test
    @DisplayName("a stretch may have to carry a loss inside it: [2, -1, 2] reaches 3 only as a whole")
    void lossInside() {
        assertShortest(new int[] {2, -1, 2}, 3, 3);
    }

    @Test
    @DisplayName("when no stretch reaches the goal the answer is -1, also for an empty ledger")
    void unreachable() {
        assertShortest(new int[] {-1, 2, -1}, 3, -1);
        assertShortest(new int[] {-3, -1}, 1, -1);
        assertShortest(new int[0], 1, -1);
    }

    @Test
    @DisplayName("sums go beyond the range of int; the goal can be as large as a long")
    void beyondInt() {
        int max = Integer.MAX_VALUE;
        assertShortest(new int[] {Integer.MIN_VALUE, max, max}, 2L * max, 2);
        assertShortest(new int[] {max, max}, 2L * max + 1, -1);
        assertShortest(new int[] {max, max}, Long.MAX_VALUE, -1);
    }

    @Test
    @DisplayName("the input array is left as it was")
    void inputUnchanged() {
        int[] dailyNet = {4, -9, 1, 7};
        ShopLedger.shortestStretch(dailyNet, 5);
        assertThat(dailyNet).as("dailyNet after shortestStretch").containsExactly(4, -9, 1, 7);
    }

    @Test
    @DisplayName("a null ledger is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> ShopLedger.shortestStretch(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("dailyNet");
    }

    @Test
    @DisplayName("a goal below 1 is rejected with a message naming the goal")
    void rejectsGoalBelowOne() {
        for (long goal : new long[] {0, -1, Long.MIN_VALUE}) {
            assertThatThrownBy(() -> ShopLedger.shortestStretch(new int[] {1, 2}, goal))
                    .as("shortestStretch([1, 2], %d)", goal)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
        }
    }

    private static void assertShortest(int[] dailyNet, long goal, int expected) {
        assertThat(ShopLedger.shortestStretch(dailyNet, goal))
                .as("shortestStretch(%s, %d)", Arrays.toString(dailyNet), goal).isEqualTo(expected);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("agrees with trying every stretch when no day is a loss")
    void matchesEveryStretchWithoutLosses(@ForAll("gainsOnly") Ledger ledger) {
        assertAgreesWithEveryStretch(ledger);
    }

    @Property(tries = 400)
    @Label("agrees with trying every stretch when days can be losses")
    void matchesEveryStretchWithLosses(@ForAll("gainsAndLosses") Ledger ledger) {
        assertAgreesWithEveryStretch(ledger);
    }

    @Property(tries = 200)
    @Label("agrees with trying every stretch on any ints, with sums beyond int")
    void matchesEveryStretchOnAnyInts(@ForAll("anyInts") Ledger ledger) {
        assertAgreesWithEveryStretch(ledger);
    }

    private static void assertAgreesWithEveryStretch(Ledger ledger) {
        assertThat(ShopLedger.shortestStretch(ledger.dailyNet(), ledger.goal()))
                .as("shortestStretch(%s, %d)", Arrays.toString(ledger.dailyNet()), ledger.goal())
                .isEqualTo(everyStretch(ledger.dailyNet(), ledger.goal()));
    }

    /** The oracle: every start, every end, a running sum; keep the shortest that reaches the goal. */
    private static int everyStretch(int[] dailyNet, long goal) {
        int shortest = -1;
        for (int start = 0; start < dailyNet.length; start++) {
            long sum = 0;
            for (int end = start; end < dailyNet.length; end++) {
                sum += dailyNet[end];
                int length = end - start + 1;
                if (sum >= goal && (shortest == -1 || length < shortest)) {
                    shortest = length;
                }
            }
        }
        return shortest;
    }

    record Ledger(int[] dailyNet, long goal) {
        @Override
        public String toString() {
            return "dailyNet " + Arrays.toString(dailyNet) + ", goal " + goal;
        }
    }

    @Provide
    Arbitrary<Ledger> gainsOnly() {
        return Combinators.combine(Arbitraries.integers().between(0, 10).array(int[].class).ofMaxSize(30),
                Arbitraries.longs().between(1, 60)).as(Ledger::new);
    }

    @Provide
    Arbitrary<Ledger> gainsAndLosses() {
        return Combinators.combine(Arbitraries.integers().between(-10, 10).array(int[].class).ofMaxSize(30),
                Arbitraries.longs().between(1, 30)).as(Ledger::new);
    }

    @Provide
    Arbitrary<Ledger> anyInts() {
        return Combinators.combine(Arbitraries.integers().array(int[].class).ofMaxSize(20),
                Arbitraries.longs().between(1, 3L * Integer.MAX_VALUE)).as(Ledger::new);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, on weeks of gains and losses (timing)")
    void linearOnRepeatedWeeks() {
        assertComplexity(Complexity.timing("shortestStretch on repeated weeks",
                Workload.of(RepeatedWeeks::new, RepeatedWeeks::shortestStretch)).sizes(powersOfTwo(9, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("takes linear time on weeks of gains and losses (JMH)")
    void ledgerBenchmark() {
        assertComplexity(Complexity.jmh("shortestStretch on repeated weeks", ShopLedgerBenchmark.class,
                "shortestStretch").sizes(1 << 9, 1 << 11, 1 << 13, 1 << 15)).isAtMost(Growth.LINEAR);
    }

    /**
     * n days repeating one week of results, [4, -6, 3, 5, -2, -7, 6] (+3 a week), and as goal the best sum any
     * stretch reaches. Only stretches starting on day 6, the lowest point of the first week, reach it, so trying
     * the stretches from every start costs about n^2 / 2 steps. A repeated week rather than random days keeps
     * the time per day steady as n grows (random data bent the measured slope). Shared by the timing check
     * and JMH.
     */
    static final class RepeatedWeeks {
        private static final int[] WEEK = {4, -6, 3, 5, -2, -7, 6};
        private final int[] dailyNet;
        private final long goal;

        RepeatedWeeks(int n) {
            dailyNet = new int[n];
            for (int day = 0; day < n; day++) {
                dailyNet[day] = WEEK[day % WEEK.length];
            }
            goal = Math.max(1, bestStretchSum(dailyNet));
        }

        int shortestStretch() {
            return ShopLedger.shortestStretch(dailyNet, goal);
        }

        /** The largest sum of a non-empty stretch: the best stretch ending at each day extends the one before. */
        private static long bestStretchSum(int[] dailyNet) {
            long best = Long.MIN_VALUE;
            long endingHere = 0;
            for (int value : dailyNet) {
                endingHere = Math.max(endingHere, 0) + value;
                best = Math.max(best, endingHere);
            }
            return best;
        }
    }
}
