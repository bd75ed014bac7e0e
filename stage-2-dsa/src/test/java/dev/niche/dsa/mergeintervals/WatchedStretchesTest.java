package dev.niche.dsa.mergeintervals;

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

@Kata(id = "dsa/merge-intervals", title = "Merge overlapping intervals", order = 160, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class WatchedStretchesTest {

    private static Interval iv(int start, int end) {
        return new Interval(start, end);
    }

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("overlapping intervals merge; the others stay as they are")
    void mergesOverlaps() {
        List<Interval> intervals = List.of(iv(1, 3), iv(2, 6), iv(8, 10), iv(15, 18));
        assertThat(WatchedStretches.merge(intervals)).as("merge(%s)", intervals)
                .containsExactly(iv(1, 6), iv(8, 10), iv(15, 18));
    }

    @Test
    @DisplayName("intervals that only touch merge; intervals that share no position do not")
    void touchingMerges() {
        assertThat(WatchedStretches.merge(List.of(iv(1, 2), iv(2, 3)))).as("merge([1, 2], [2, 3])")
                .containsExactly(iv(1, 3));
        assertThat(WatchedStretches.merge(List.of(iv(1, 2), iv(3, 4)))).as("merge([1, 2], [3, 4])")
                .containsExactly(iv(1, 2), iv(3, 4));
    }

    @Test
    @DisplayName("input in any order, with nested intervals, comes out sorted by start")
    void unsortedAndNested() {
        List<Interval> intervals = List.of(iv(5, 9), iv(0, 1), iv(6, 7), iv(-4, -2));
        assertThat(WatchedStretches.merge(intervals)).as("merge(%s)", intervals)
                .containsExactly(iv(-4, -2), iv(0, 1), iv(5, 9));
    }

    @Test
    @DisplayName("no intervals give none; one interval, even a single position, comes back as it is")
    void emptyAndSingle() {
        assertThat(WatchedStretches.merge(List.of())).as("merge([])").isEmpty();
        assertThat(WatchedStretches.merge(List.of(iv(4, 4)))).as("merge([4, 4])").containsExactly(iv(4, 4));
    }

    @Test
    @DisplayName("duplicate intervals merge into one")
    void duplicates() {
        assertThat(WatchedStretches.merge(List.of(iv(2, 5), iv(2, 5), iv(2, 5)))).as("merge([2, 5] three times)")
                .containsExactly(iv(2, 5));
    }

    @Test
    @DisplayName("the extremes of int are valid positions")
    void extremes() {
        List<Interval> intervals = List.of(iv(0, Integer.MAX_VALUE), iv(Integer.MIN_VALUE, 0));
        assertThat(WatchedStretches.merge(intervals)).as("merge(%s)", intervals)
                .containsExactly(iv(Integer.MIN_VALUE, Integer.MAX_VALUE));
        List<Interval> apart = List.of(iv(Integer.MAX_VALUE, Integer.MAX_VALUE), iv(Integer.MIN_VALUE, -1));
        assertThat(WatchedStretches.merge(apart)).as("merge(%s)", apart)
                .containsExactly(iv(Integer.MIN_VALUE, -1), iv(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    @Test
    @DisplayName("the input list is left as it was")
    void inputUnchanged() {
        List<Interval> intervals = new ArrayList<>(List.of(iv(7, 8), iv(1, 4), iv(3, 5)));
        List<Interval> before = List.copyOf(intervals);
        WatchedStretches.merge(intervals);
        assertThat(intervals).as("the list passed to merge, afterwards").isEqualTo(before);
    }

    @Test
    @DisplayName("a null list or null interval is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> WatchedStretches.merge(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("intervals");
        assertThatThrownBy(() -> WatchedStretches.merge(Arrays.asList(iv(1, 2), null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("intervals[1]");
    }

    @Test
    @DisplayName("an interval whose start is after its end is rejected with a message naming its index")
    void rejectsBackwardInterval() {
        assertThatThrownBy(() -> WatchedStretches.merge(List.of(iv(1, 2), iv(0, 9), iv(5, 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("intervals[2]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("covers exactly the positions the intervals cover, in the fewest sorted stretches")
    void matchesCoverage(@ForAll("intervals") List<Interval> intervals) {
        assertThat(WatchedStretches.merge(intervals)).as("merge(%s)", intervals).isEqualTo(byCoverage(intervals));
    }

    private static final int LOW = -12;
    private static final int HIGH = 12;

    /**
     * Marks what each interval covers on a grid with a cell for every whole position and one for the gap after
     * it (cell 2x is position x, cell 2x + 1 the points between x and x + 1); then reads the maximal runs of
     * marked cells back as intervals. [1, 2] and [3, 4] leave the gap cell 5 unmarked; [1, 2] and [2, 3] do not.
     */
    private static List<Interval> byCoverage(List<Interval> intervals) {
        boolean[] covered = new boolean[2 * (HIGH - LOW) + 1];
        for (Interval interval : intervals) {
            for (int cell = 2 * (interval.start() - LOW); cell <= 2 * (interval.end() - LOW); cell++) {
                covered[cell] = true;
            }
        }
        List<Interval> runs = new ArrayList<>();
        int cell = 0;
        while (cell < covered.length) {
            if (!covered[cell]) {
                cell++;
                continue;
            }
            int first = cell;
            while (cell + 1 < covered.length && covered[cell + 1]) {
                cell++;
            }
            runs.add(iv(first / 2 + LOW, cell / 2 + LOW));
            cell++;
        }
        return runs;
    }

    /** Up to 12 short intervals in a small range, so overlaps, touches, nesting and duplicates are common. */
    @Provide
    Arbitrary<List<Interval>> intervals() {
        Arbitrary<Interval> interval = Combinators.combine(Arbitraries.integers().between(LOW, HIGH),
                Arbitraries.integers().between(0, 6)).as((start, length) -> iv(start, Math.min(HIGH, start + length)));
        return interval.list().ofMaxSize(12);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("merging n shuffled intervals into n / 2 stretches takes O(n log n) time, not O(n^2) (timing)")
    void mergeIsNotQuadratic() {
        assertComplexity(Complexity.timing("merge n intervals", Workload.of(WatchedStretchesTest::pairsOfOverlaps,
                WatchedStretches::merge)).sizes(powersOfTwo(8, 14))).isAtMost(Growth.LINEARITHMIC);
    }

    /**
     * n intervals (n even) forming n / 2 stretches: [4i, 4i + 2] and [4i + 1, 4i + 3] overlap, and nothing else
     * does. Shuffled, so each overlapping pair is usually far apart in the list.
     */
    static List<Interval> pairsOfOverlaps(int n) {
        List<Interval> intervals = new ArrayList<>(n);
        for (int i = 0; i < n / 2; i++) {
            intervals.add(iv(4 * i, 4 * i + 2));
            intervals.add(iv(4 * i + 1, 4 * i + 3));
        }
        Collections.shuffle(intervals, new Random(n));
        return List.copyOf(intervals);
    }

    @BenchCheck
    @DisplayName("merging n shuffled intervals takes O(n log n) time, a linear slope (JMH)")
    void mergeBenchmark() {
        assertComplexity(Complexity.jmh("merge n intervals", WatchedStretchesBenchmark.class, "merge")
                .sizes(1 << 6, 1 << 8, 1 << 10, 1 << 12)).isAtMost(Growth.LINEARITHMIC);
    }
}
