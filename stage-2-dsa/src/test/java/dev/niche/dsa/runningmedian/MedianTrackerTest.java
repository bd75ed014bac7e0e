package dev.niche.dsa.runningmedian;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/running-median", title = "Median of a stream", order = 150, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class MedianTrackerTest {

    private static MedianTracker trackerOf(int... values) {
        MedianTracker tracker = new MedianTracker();
        for (int value : values) {
            tracker.add(value);
        }
        return tracker;
    }

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("an odd count has the middle value as its median")
    void oddCount() {
        assertThat(trackerOf(5, 1, 9).median()).as("median of 5, 1, 9").isEqualTo(5.0);
    }

    @Test
    @DisplayName("an even count has the mean of the two middle values as its median")
    void evenCount() {
        assertThat(trackerOf(4, 1, 3, 2).median()).as("median of 4, 1, 3, 2").isEqualTo(2.5);
        assertThat(trackerOf(-3, -8).median()).as("median of -3, -8").isEqualTo(-5.5);
    }

    @Test
    @DisplayName("the median follows every added value")
    void medianAfterEachAdd() {
        MedianTracker tracker = new MedianTracker();
        int[] values = {2, 8, 4, 6, 100, -50};
        double[] medians = {2, 5, 4, 5, 6, 5};
        for (int i = 0; i < values.length; i++) {
            tracker.add(values[i]);
            assertThat(tracker.median()).as("median after adding %s", Arrays.toString(Arrays.copyOf(values, i + 1)))
                    .isEqualTo(medians[i]);
            assertThat(tracker.size()).as("size after %d adds", i + 1).isEqualTo(i + 1);
        }
    }

    @Test
    @DisplayName("one value is its own median; equal values have that value as median")
    void oneValueAndDuplicates() {
        assertThat(trackerOf(-7).median()).as("median of -7").isEqualTo(-7.0);
        assertThat(trackerOf(3, 3, 3, 3).median()).as("median of 3, 3, 3, 3").isEqualTo(3.0);
    }

    @Test
    @DisplayName("the mean of the two middle values does not overflow for extreme ints")
    void extremesDoNotOverflow() {
        assertThat(trackerOf(Integer.MAX_VALUE, Integer.MAX_VALUE).median()).as("median of MAX_VALUE twice")
                .isEqualTo(2147483647.0);
        assertThat(trackerOf(Integer.MIN_VALUE, Integer.MIN_VALUE).median()).as("median of MIN_VALUE twice")
                .isEqualTo(-2147483648.0);
        assertThat(trackerOf(Integer.MIN_VALUE, Integer.MAX_VALUE).median()).as("median of MIN_VALUE, MAX_VALUE")
                .isEqualTo(-0.5);
    }

    @Test
    @DisplayName("a new tracker has size 0, and asking it for a median is rejected with a clear message")
    void emptyTracker() {
        MedianTracker tracker = new MedianTracker();
        assertThat(tracker.size()).as("size of a new tracker").isZero();
        assertThatThrownBy(tracker::median).as("median() of a new tracker")
                .isInstanceOf(NoSuchElementException.class).hasMessageContaining("value");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("after every add, the median equals that of a sorted copy of the values so far")
    void matchesSortedCopy(@ForAll("values") List<Integer> values) {
        MedianTracker tracker = new MedianTracker();
        List<Integer> added = new ArrayList<>();
        for (int value : values) {
            tracker.add(value);
            added.add(value);
            assertThat(tracker.median()).as("median after adding %s", added).isEqualTo(medianBySorting(added));
            assertThat(tracker.size()).as("size after adding %s", added).isEqualTo(added.size());
        }
    }

    /** Sort a copy, read the middle; for an even count, average the two middle values in long arithmetic. */
    private static double medianBySorting(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return ((long) sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** Mostly a small range (duplicates), sometimes the extremes of int. */
    @Provide
    Arbitrary<List<Integer>> values() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(-15, 15)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE)));
        return value.list().ofMinSize(1).ofMaxSize(50);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("n adds, each followed by a median, take O(n log n) time, not O(n^2) (timing)")
    void streamIsNotQuadratic() {
        assertComplexity(Complexity.timing("n adds, median after each", STREAM).sizes(powersOfTwo(10, 16)))
                .isAtMost(Growth.LINEARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("median() on n values takes time that does not grow with n (timing)")
    void medianQueryIsSublinear() {
        Workload<MedianTracker> query = Workload.of(n -> {
            MedianTracker tracker = new MedianTracker();
            for (int value : randomValues(n)) {
                tracker.add(value);
            }
            return tracker;
        }, MedianTracker::median);
        assertComplexity(Complexity.timing("median()", query).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.CONSTANT);
    }

    /** n random values in a range about as wide as n, so there are some duplicates. */
    static int[] randomValues(int n) {
        return new Random(n).ints(n, -n, n).toArray();
    }

    /** Feeds the values to a new tracker, asking for the median after each; shared with the benchmark. */
    static double streamMedians(int[] values) {
        MedianTracker tracker = new MedianTracker();
        double last = 0;
        for (int value : values) {
            tracker.add(value);
            last = tracker.median();
        }
        return last;
    }

    private static final Workload<int[]> STREAM = Workload.of(MedianTrackerTest::randomValues,
            MedianTrackerTest::streamMedians);

    @BenchCheck
    @DisplayName("n adds, each followed by a median, take O(n log n) time, a linear slope (JMH)")
    void streamBenchmark() {
        assertComplexity(Complexity.jmh("n adds, median after each", MedianTrackerBenchmark.class, "stream")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEARITHMIC);
    }
}
