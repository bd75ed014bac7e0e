package dev.niche.dsa.largestrectangle;

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

@Kata(id = "dsa/largest-rectangle", title = "The largest banner under a skyline", order = 110, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class BannerTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[2, 4, 5, 3, 1, 2]: the banner over 4, 5, 3 at height 3 has area 9")
    void statementExample() {
        assertLargestArea(new int[] {2, 4, 5, 3, 1, 2}, 9);
    }

    @Test
    @DisplayName("equal heights: the banner covers the whole street")
    void equalHeights() {
        assertLargestArea(new int[] {4, 4, 4, 4}, 16);
    }

    @Test
    @DisplayName("rising and falling streets: the best banner is neither the tallest nor the widest")
    void monotoneStreets() {
        assertLargestArea(new int[] {1, 2, 3, 4, 5}, 9);
        assertLargestArea(new int[] {5, 4, 3, 2, 1}, 9);
    }

    @Test
    @DisplayName("an empty lot (height 0) splits the street")
    void emptyLots() {
        assertLargestArea(new int[] {3, 0, 3, 3}, 6);
        assertLargestArea(new int[] {0, 0}, 0);
    }

    @Test
    @DisplayName("a low building can carry the widest banner")
    void lowAndWide() {
        assertLargestArea(new int[] {6, 1, 1, 1, 1, 1, 1, 1}, 8);
    }

    @Test
    @DisplayName("an empty street has area 0; one building has its own height")
    void tinyStreets() {
        assertLargestArea(new int[0], 0);
        assertLargestArea(new int[] {7}, 7);
    }

    @Test
    @DisplayName("tall buildings: the area goes beyond the range of int")
    void beyondInt() {
        int max = Integer.MAX_VALUE;
        assertLargestArea(new int[] {max, max, max}, 3L * max);
        assertLargestArea(new int[] {max, 1, max}, max);
    }

    @Test
    @DisplayName("the input array is left as it was")
    void inputUnchanged() {
        int[] heights = {3, 1, 4, 1, 5};
        Banner.largestArea(heights);
        assertThat(heights).as("heights after largestArea").containsExactly(3, 1, 4, 1, 5);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> Banner.largestArea(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("heights");
    }

    @Test
    @DisplayName("a negative height is rejected with a message naming it and its index")
    void rejectsNegativeHeight() {
        assertThatThrownBy(() -> Banner.largestArea(new int[] {4, 1, 5, -2, 6}))
                .as("largestArea([4, 1, 5, -2, 6])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heights").hasMessageContaining("3");
        assertThatThrownBy(() -> Banner.largestArea(new int[] {Integer.MIN_VALUE}))
                .as("largestArea([MIN_VALUE])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heights").hasMessageContaining("0");
    }

    private static void assertLargestArea(int[] heights, long expected) {
        assertThat(Banner.largestArea(heights)).as("largestArea(%s)", Arrays.toString(heights)).isEqualTo(expected);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying every run of buildings, on low streets with repeated heights and empty lots")
    void matchesEveryRunOnLowStreets(@ForAll("lowStreets") int[] heights) {
        assertThat(Banner.largestArea(heights)).as("largestArea(%s)", Arrays.toString(heights))
                .isEqualTo(everyRun(heights));
    }

    @Property(tries = 200)
    @Label("agrees with trying every run of buildings, on heights up to Integer.MAX_VALUE")
    void matchesEveryRunOnTallStreets(@ForAll("tallStreets") int[] heights) {
        assertThat(Banner.largestArea(heights)).as("largestArea(%s)", Arrays.toString(heights))
                .isEqualTo(everyRun(heights));
    }

    /** The oracle, from the definition: every run [i, j], its lowest building found afresh. */
    private static long everyRun(int[] heights) {
        long best = 0;
        for (int i = 0; i < heights.length; i++) {
            for (int j = i; j < heights.length; j++) {
                int lowest = heights[i];
                for (int k = i; k <= j; k++) {
                    lowest = Math.min(lowest, heights[k]);
                }
                best = Math.max(best, (long) lowest * (j - i + 1));
            }
        }
        return best;
    }

    @Provide
    Arbitrary<int[]> lowStreets() {
        return Arbitraries.integers().between(0, 6).array(int[].class).ofMaxSize(30);
    }

    @Provide
    Arbitrary<int[]> tallStreets() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).array(int[].class).ofMaxSize(30);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, on a street that rises to a tower and falls again (timing)")
    void linearOnPyramid() {
        assertComplexity(Complexity.timing("largestArea on a rising and falling street",
                Workload.of(Pyramid::new, Pyramid::largestArea)).sizes(powersOfTwo(9, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("takes linear time on a street that rises and falls (JMH)")
    void pyramidBenchmark() {
        assertComplexity(Complexity.jmh("largestArea on a rising and falling street", BannerBenchmark.class,
                "largestArea").sizes(1 << 9, 1 << 11, 1 << 13, 1 << 15)).isAtMost(Growth.LINEAR);
    }

    /**
     * Heights 1, 2, ..., up to n / 2 and back down to 1. Every building's best banner spans all the buildings at
     * least as tall, about n - 2h of them, so widening from each building costs about n^2 / 4 steps, and so does
     * stretching left and right from each one. Shared by the timing check and JMH.
     */
    static final class Pyramid {
        private final int[] heights;

        Pyramid(int n) {
            heights = new int[n];
            for (int i = 0; i < n; i++) {
                heights[i] = Math.min(i, n - 1 - i) + 1;
            }
        }

        long largestArea() {
            return Banner.largestArea(heights);
        }
    }
}
