package dev.niche.dsa.nextgreater;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/next-greater", title = "The next higher post on a trail", order = 100, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class TrailTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[3, 1, 4, 1, 5] gives [2, 2, 4, 4, -1]")
    void statementExample() {
        assertNextHigher(new int[] {3, 1, 4, 1, 5}, 2, 2, 4, 4, -1);
    }

    @Test
    @DisplayName("a post of equal elevation is not higher")
    void equalIsNotHigher() {
        assertNextHigher(new int[] {2, 2, 2}, -1, -1, -1);
        assertNextHigher(new int[] {5, 5, 7, 5}, 2, 2, -1, -1);
    }

    @Test
    @DisplayName("a steady climb answers the next post; a steady descent answers -1 everywhere")
    void monotoneTrails() {
        assertNextHigher(new int[] {1, 2, 3, 4}, 1, 2, 3, -1);
        assertNextHigher(new int[] {4, 3, 2, 1}, -1, -1, -1, -1);
    }

    @Test
    @DisplayName("a descent ending in a peak: every post is answered by the peak")
    void descentThenPeak() {
        assertNextHigher(new int[] {6, 5, 4, 3, 9}, 4, 4, 4, 4, -1);
    }

    @Test
    @DisplayName("the answer can lie far ahead, past lower posts")
    void farAnswer() {
        assertNextHigher(new int[] {5, 1, 2, 1, 3, 1, 4, 6}, 7, 2, 4, 4, 6, 6, 7, -1);
    }

    @Test
    @DisplayName("an empty trail gives an empty array; one post gives [-1]")
    void tinyTrails() {
        assertNextHigher(new int[0]);
        assertNextHigher(new int[] {8}, -1);
    }

    @Test
    @DisplayName("negative elevations and the extremes of int")
    void extremes() {
        assertNextHigher(new int[] {-3, Integer.MIN_VALUE, -3, Integer.MAX_VALUE, 0}, 3, 2, 3, -1, -1);
    }

    @Test
    @DisplayName("the input array is left as it was")
    void inputUnchanged() {
        int[] elevations = {4, 9, 1, 7};
        Trail.nextHigher(elevations);
        assertThat(elevations).as("elevations after nextHigher").containsExactly(4, 9, 1, 7);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> Trail.nextHigher(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("elevations");
    }

    private static void assertNextHigher(int[] elevations, int... expected) {
        assertThat(Trail.nextHigher(elevations)).as("nextHigher(%s)", Arrays.toString(elevations))
                .containsExactly(expected);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with looking ahead from every post, on trails with many equal elevations")
    void matchesLookAheadOnSmallValues(@ForAll("smallTrails") int[] elevations) {
        assertThat(Trail.nextHigher(elevations)).as("nextHigher(%s)", Arrays.toString(elevations))
                .containsExactly(lookAhead(elevations));
    }

    @Property(tries = 200)
    @Label("agrees with looking ahead from every post, on any ints")
    void matchesLookAheadOnAnyValues(@ForAll("wideTrails") int[] elevations) {
        assertThat(Trail.nextHigher(elevations)).as("nextHigher(%s)", Arrays.toString(elevations))
                .containsExactly(lookAhead(elevations));
    }

    /** The oracle: from each post, look at every later post in order. */
    private static int[] lookAhead(int[] elevations) {
        int[] next = new int[elevations.length];
        for (int i = 0; i < elevations.length; i++) {
            next[i] = -1;
            for (int j = elevations.length - 1; j > i; j--) {
                if (elevations[j] > elevations[i]) {
                    next[i] = j;
                }
            }
        }
        return next;
    }

    @Provide
    Arbitrary<int[]> smallTrails() {
        return Arbitraries.integers().between(-5, 5).array(int[].class).ofMaxSize(40);
    }

    @Provide
    Arbitrary<int[]> wideTrails() {
        return Arbitraries.integers().array(int[].class).ofMaxSize(40);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, on a long descent that ends in a peak (timing)")
    void linearOnDescent() {
        assertComplexity(Complexity.timing("nextHigher on a descent ending in a peak",
                Workload.of(Descent::new, Descent::nextHigher)).sizes(powersOfTwo(9, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("takes linear time on a descent ending in a peak (JMH)")
    void descentBenchmark() {
        assertComplexity(Complexity.jmh("nextHigher on a descent ending in a peak", TrailBenchmark.class,
                "nextHigher").sizes(1 << 9, 1 << 11, 1 << 13, 1 << 15)).isAtMost(Growth.LINEAR);
    }

    /**
     * n - 1 posts going strictly down, then one post above them all: every post's answer is the last one, so
     * looking ahead from each post walks to the end (n^2 / 2 steps). Shared by the timing check and JMH.
     */
    static final class Descent {
        private final int[] elevations;

        Descent(int n) {
            elevations = new int[n];
            for (int i = 0; i < n - 1; i++) {
                elevations[i] = n - i;
            }
            elevations[n - 1] = n + 1;
        }

        int[] nextHigher() {
            return Trail.nextHigher(elevations);
        }
    }
}
