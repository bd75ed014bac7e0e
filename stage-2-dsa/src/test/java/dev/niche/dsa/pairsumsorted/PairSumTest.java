package dev.niche.dsa.pairsumsorted;

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
import java.util.Optional;
import java.util.stream.IntStream;
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

@Kata(id = "dsa/pair-sum-sorted", title = "Two entries of a sorted array that add up to a target", order = 10,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class PairSumTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("of several matching pairs, returns the outermost: 1 + 9 before 4 + 6")
    void outermostPair() {
        int[] sorted = {1, 3, 4, 6, 9};
        assertThat(PairSum.find(sorted, 10)).as("find([1, 3, 4, 6, 9], 10)").contains(new IndexPair(0, 4));
    }

    @Test
    @DisplayName("with repeated values: the smallest first index, then the largest second index")
    void repeatedValues() {
        int[] sorted = {1, 2, 2, 3, 3};
        assertThat(PairSum.find(sorted, 5)).as("find([1, 2, 2, 3, 3], 5)").contains(new IndexPair(1, 4));
        int[] equal = {4, 4, 4, 4};
        assertThat(PairSum.find(equal, 8)).as("find([4, 4, 4, 4], 8)").contains(new IndexPair(0, 3));
    }

    @Test
    @DisplayName("answers empty when no two entries add up to the target")
    void noPair() {
        int[] sorted = {1, 2, 4, 8};
        assertThat(PairSum.find(sorted, 7)).as("find([1, 2, 4, 8], 7)").isEmpty();
        assertThat(PairSum.find(sorted, 100)).as("find([1, 2, 4, 8], 100)").isEmpty();
    }

    @Test
    @DisplayName("never pairs an entry with itself")
    void notWithItself() {
        assertThat(PairSum.find(new int[] {2, 5, 11}, 10)).as("find([2, 5, 11], 10)").isEmpty();
        assertThat(PairSum.find(new int[] {5}, 10)).as("find([5], 10)").isEmpty();
        assertThat(PairSum.find(new int[] {5, 5}, 10)).as("find([5, 5], 10)").contains(new IndexPair(0, 1));
    }

    @Test
    @DisplayName("an empty array has no pair")
    void emptyArray() {
        assertThat(PairSum.find(new int[0], 0)).as("find([], 0)").isEmpty();
    }

    @Test
    @DisplayName("handles negative values and targets")
    void negatives() {
        int[] sorted = {-7, -3, 0, 2, 8};
        assertThat(PairSum.find(sorted, -1)).as("find([-7, -3, 0, 2, 8], -1)").contains(new IndexPair(1, 3));
        assertThat(PairSum.find(sorted, -10)).as("find([-7, -3, 0, 2, 8], -10)").contains(new IndexPair(0, 1));
    }

    @Test
    @DisplayName("sums beyond the int range are exact: no overflow")
    void extremes() {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        assertThat(PairSum.find(new int[] {min, -1, 0, max}, -1)).as("find([MIN, -1, 0, MAX], -1)")
                .contains(new IndexPair(0, 3));
        assertThat(PairSum.find(new int[] {max - 1, max}, 2L * max - 1)).as("find([MAX - 1, MAX], 2 MAX - 1)")
                .contains(new IndexPair(0, 1));
        assertThat(PairSum.find(new int[] {min, min}, 2L * min)).as("find([MIN, MIN], 2 MIN)")
                .contains(new IndexPair(0, 1));
        assertThat(PairSum.find(new int[] {1, max}, min)).as("find([1, MAX], MIN): 1 + MAX wraps to MIN as an int")
                .isEmpty();
    }

    @Test
    @DisplayName("does not modify the array")
    void leavesArrayAlone() {
        int[] sorted = {-2, 0, 3, 5};
        PairSum.find(sorted, 3);
        assertThat(sorted).as("[-2, 0, 3, 5] after find(..., 3)").containsExactly(-2, 0, 3, 5);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> PairSum.find(null, 1)).as("find(null, 1)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sorted");
    }

    @Test
    @DisplayName("an array out of order is rejected, naming the first index where the order breaks")
    void rejectsUnsorted() {
        assertThatThrownBy(() -> PairSum.find(new int[] {1, 4, 6, 3, 2}, 7)).as("find([1, 4, 6, 3, 2], 7)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted[3]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 500)
    @Label("agrees with trying every pair, on any sorted array and target")
    void matchesEveryPair(@ForAll("sortedWithTarget") SortedWithTarget input) {
        assertThat(PairSum.find(input.sorted(), input.target()))
                .as("find(%s, %d)", Arrays.toString(input.sorted()), input.target())
                .isEqualTo(outermostPair(input.sorted(), input.target()));
    }

    @Property(tries = 200)
    @Label("rejects any array out of ascending order")
    void rejectsAnyUnsorted(@ForAll("unsorted") int[] unsorted) {
        int firstDescent = 1;
        while (unsorted[firstDescent] >= unsorted[firstDescent - 1]) {
            firstDescent++;
        }
        assertThatThrownBy(() -> PairSum.find(unsorted, 0)).as("find(%s, 0)", Arrays.toString(unsorted))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted[" + firstDescent + "]");
    }

    /** The oracle: every pair, smallest first index first and, for each, the largest second index first. */
    private static Optional<IndexPair> outermostPair(int[] sorted, long target) {
        for (int i = 0; i < sorted.length; i++) {
            for (int j = sorted.length - 1; j > i; j--) {
                if ((long) sorted[i] + sorted[j] == target) {
                    return Optional.of(new IndexPair(i, j));
                }
            }
        }
        return Optional.empty();
    }

    record SortedWithTarget(int[] sorted, long target) {
    }

    /**
     * Sorted arrays of small values (so that values repeat and several pairs often match), with the int
     * extremes mixed in; the target is the sum of two random entries half of the time, so matches are common.
     */
    @Provide
    Arbitrary<SortedWithTarget> sortedWithTarget() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(-12, 12)),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1,
                        Integer.MAX_VALUE)));
        Arbitrary<int[]> arrays = value.list().ofMaxSize(30)
                .map(list -> list.stream().mapToInt(Integer::intValue).sorted().toArray());
        return arrays.flatMap(sorted -> {
            Arbitrary<Long> anyTarget = Arbitraries.longs().between(-25, 25);
            if (sorted.length < 2) {
                return anyTarget.map(target -> new SortedWithTarget(sorted, target));
            }
            Arbitrary<Integer> index = Arbitraries.integers().between(0, sorted.length - 1);
            Arbitrary<Long> sumOfTwo = Combinators.combine(index, index).as((a, b) -> (long) sorted[a] + sorted[b]);
            return Arbitraries.oneOf(anyTarget, sumOfTwo).map(target -> new SortedWithTarget(sorted, target));
        });
    }

    /** Arrays of two or more small values with at least one descent. */
    @Provide
    Arbitrary<int[]> unsorted() {
        return Arbitraries.integers().between(-5, 5).array(int[].class).ofMinSize(2).ofMaxSize(20)
                .filter(array -> IntStream.range(1, array.length).anyMatch(k -> array[k] < array[k - 1]));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic, when no pair matches (timing)")
    void linearTime() {
        assertComplexity(Complexity.timing("find with no match", NO_MATCH).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("allocates O(1) bytes: no set, no copy of the array")
    void constantSpace() {
        assertComplexity(Complexity.allocation("bytes allocated by find", MATCH_ENDING_MIDWAY)
                .sizes(powersOfTwo(8, 16))).isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("find is linear (JMH)")
    void findBenchmark() {
        assertComplexity(Complexity.jmh("find with no match", PairSumBenchmark.class, "find")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    /** The even numbers -n, -n + 2, ..., n - 2 and the odd target 1: no pair matches, every pair is a candidate. */
    static final Workload<Ledger> NO_MATCH = Workload.of(n -> new Ledger(n, 1), Ledger::find);

    /** The same numbers and the target 2 - n, whose outermost pair is the first entry, -n, and the entry 2, midway. */
    static final Workload<Ledger> MATCH_ENDING_MIDWAY = Workload.of(n -> new Ledger(n, 2 - n), Ledger::find);

    /** Shared by the checks and the JMH benchmark. */
    static final class Ledger {
        final int[] sorted;
        final long target;

        Ledger(int n, long target) {
            this.sorted = IntStream.range(0, n).map(i -> 2 * i - n).toArray();
            this.target = target;
        }

        Optional<IndexPair> find() {
            return PairSum.find(sorted, target);
        }
    }
}
