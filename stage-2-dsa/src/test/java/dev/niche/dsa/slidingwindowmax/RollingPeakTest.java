package dev.niche.dsa.slidingwindowmax;

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

@Kata(id = "dsa/sliding-window-max", title = "Peak latency over a rolling window", order = 120,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class RollingPeakTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[4, 2, 12, 3, 8, 1, 5] with a window of 3 gives [12, 12, 12, 8, 8]")
    void statementExample() {
        assertPeaks(new int[] {4, 2, 12, 3, 8, 1, 5}, 3, 12, 12, 12, 8, 8);
    }

    @Test
    @DisplayName("a window of 1 gives every sample back")
    void windowOfOne() {
        assertPeaks(new int[] {3, -1, 7}, 1, 3, -1, 7);
    }

    @Test
    @DisplayName("a window as long as the samples gives the single largest")
    void windowOfAll() {
        assertPeaks(new int[] {3, -1, 7, 2}, 4, 7);
        assertPeaks(new int[] {9}, 1, 9);
    }

    @Test
    @DisplayName("a falling series: each peak leaves its window and the next one takes over")
    void fallingSeries() {
        assertPeaks(new int[] {9, 8, 7, 6, 5, 4}, 3, 9, 8, 7, 6);
    }

    @Test
    @DisplayName("equal samples: a repeated peak stays the peak until its last copy leaves")
    void repeatedPeaks() {
        assertPeaks(new int[] {5, 1, 5, 1, 1, 1}, 3, 5, 5, 5, 1);
        assertPeaks(new int[] {2, 2, 2, 2}, 2, 2, 2, 2);
    }

    @Test
    @DisplayName("negative samples and the extremes of int")
    void extremes() {
        assertPeaks(new int[] {Integer.MIN_VALUE, -7, Integer.MIN_VALUE, Integer.MAX_VALUE, -1}, 2,
                -7, -7, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Test
    @DisplayName("the input array is left as it was")
    void inputUnchanged() {
        int[] samples = {4, 9, 1, 7};
        RollingPeak.of(samples, 2);
        assertThat(samples).as("samples after of(samples, 2)").containsExactly(4, 9, 1, 7);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> RollingPeak.of(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("samples");
    }

    @Test
    @DisplayName("a window below 1 or longer than the samples is rejected with a message naming the window")
    void rejectsBadWindow() {
        int[] samples = {1, 2, 3};
        for (int window : new int[] {0, -1, 4, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> RollingPeak.of(samples, window)).as("of([1, 2, 3], %d)", window)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        }
        assertThatThrownBy(() -> RollingPeak.of(new int[0], 1)).as("of([], 1)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
    }

    private static void assertPeaks(int[] samples, int window, int... expected) {
        assertThat(RollingPeak.of(samples, window)).as("of(%s, %d)", Arrays.toString(samples), window)
                .containsExactly(expected);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with scanning every window, for any window, on samples with many repeats")
    void matchesScanOnSmallValues(@ForAll("smallSeries") Series series) {
        assertThat(RollingPeak.of(series.samples(), series.window()))
                .as("of(%s, %d)", Arrays.toString(series.samples()), series.window())
                .containsExactly(scanEveryWindow(series.samples(), series.window()));
    }

    @Property(tries = 200)
    @Label("agrees with scanning every window, for any window, on any ints")
    void matchesScanOnAnyValues(@ForAll("wideSeries") Series series) {
        assertThat(RollingPeak.of(series.samples(), series.window()))
                .as("of(%s, %d)", Arrays.toString(series.samples()), series.window())
                .containsExactly(scanEveryWindow(series.samples(), series.window()));
    }

    /** The oracle: copy each window out and take its largest sample. */
    private static int[] scanEveryWindow(int[] samples, int window) {
        int[] peaks = new int[samples.length - window + 1];
        for (int start = 0; start < peaks.length; start++) {
            peaks[start] = Arrays.stream(Arrays.copyOfRange(samples, start, start + window)).max().orElseThrow();
        }
        return peaks;
    }

    record Series(int[] samples, int window) {
        @Override
        public String toString() {
            return "samples " + Arrays.toString(samples) + ", window " + window;
        }
    }

    @Provide
    Arbitrary<Series> smallSeries() {
        return series(Arbitraries.integers().between(-5, 5));
    }

    @Provide
    Arbitrary<Series> wideSeries() {
        return series(Arbitraries.integers());
    }

    private static Arbitrary<Series> series(Arbitrary<Integer> values) {
        return values.array(int[].class).ofMinSize(1).ofMaxSize(40)
                .flatMap(samples -> Arbitraries.integers().between(1, samples.length)
                        .map(window -> new Series(samples, window)));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, with a window of n / 2 on falling samples (timing)")
    void linearWithWideWindow() {
        assertComplexity(Complexity.timing("of(falling samples, n / 2)",
                Workload.of(FallingSeries::new, FallingSeries::peaks)).sizes(powersOfTwo(9, 15)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("takes linear time with a window of n / 2 (JMH)")
    void wideWindowBenchmark() {
        assertComplexity(Complexity.jmh("of(falling samples, n / 2)", RollingPeakBenchmark.class, "peaks")
                .sizes(1 << 9, 1 << 11, 1 << 13, 1 << 15)).isAtMost(Growth.LINEAR);
    }

    /**
     * n samples going strictly down, with a window of n / 2: every window's peak is its first sample, which
     * leaves at the next step, so a peak is never reused. Shared by the timing check and JMH.
     */
    static final class FallingSeries {
        private final int[] samples;
        private final int window;

        FallingSeries(int n) {
            samples = new int[n];
            for (int i = 0; i < n; i++) {
                samples[i] = n - i;
            }
            window = n / 2;
        }

        int[] peaks() {
            return RollingPeak.of(samples, window);
        }
    }
}
