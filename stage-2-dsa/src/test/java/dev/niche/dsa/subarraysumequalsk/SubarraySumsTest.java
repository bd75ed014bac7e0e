package dev.niche.dsa.subarraysumequalsk;

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
import java.util.Random;
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

@Kata(id = "dsa/subarray-sum-equals-k", title = "Count the subarrays with a given sum", order = 50,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class SubarraySumsTest {
    private static final int MAX = Integer.MAX_VALUE;
    private static final int MIN = Integer.MIN_VALUE;

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("counts every subarray with the sum, overlapping ones included")
    void countsOverlapping() {
        assertThat(SubarraySums.count(new int[] {1, 2, 3, -3, 3}, 3)).as("count([1, 2, 3, -3, 3], 3)").isEqualTo(5);
    }

    @Test
    @DisplayName("all n(n + 1) / 2 subarrays of zeros sum to 0")
    void zeros() {
        assertThat(SubarraySums.count(new int[] {0, 0, 0}, 0)).as("count([0, 0, 0], 0)").isEqualTo(6);
    }

    @Test
    @DisplayName("0 when no subarray has the sum; the whole array counts too")
    void noneAndWhole() {
        assertThat(SubarraySums.count(new int[] {1, 2, 3}, 7)).as("count([1, 2, 3], 7)").isZero();
        assertThat(SubarraySums.count(new int[] {1, 2, 3}, 6)).as("count([1, 2, 3], 6)").isEqualTo(1);
    }

    @Test
    @DisplayName("the empty array has no non-empty subarray; one element counts when it equals k")
    void tinyArrays() {
        assertThat(SubarraySums.count(new int[0], 0)).as("count([], 0)").isZero();
        assertThat(SubarraySums.count(new int[] {5}, 5)).as("count([5], 5)").isEqualTo(1);
        assertThat(SubarraySums.count(new int[] {5}, 0)).as("count([5], 0)").isZero();
    }

    @Test
    @DisplayName("negative values and a negative k")
    void negatives() {
        int[] values = {-1, -1, 1};
        assertThat(SubarraySums.count(values, -1)).as("count([-1, -1, 1], -1)").isEqualTo(3);
        assertThat(SubarraySums.count(values, 0)).as("count([-1, -1, 1], 0)").isEqualTo(1);
    }

    @Test
    @DisplayName("sums beyond the int range are exact: no overflow")
    void sumsBeyondInt() {
        assertThat(SubarraySums.count(new int[] {MAX, 1}, 1L << 31)).as("count([MAX, 1], 2^31)").isEqualTo(1);
        assertThat(SubarraySums.count(new int[] {MAX, MAX, MAX}, 2L * MAX)).as("count([MAX, MAX, MAX], 2 MAX)")
                .isEqualTo(2);
        assertThat(SubarraySums.count(new int[] {MIN, MIN}, 2L * MIN)).as("count([MIN, MIN], 2 MIN)").isEqualTo(1);
        assertThat(SubarraySums.count(new int[] {MAX, 1}, MIN))
                .as("count([MAX, 1], MIN): MAX + 1 wraps to MIN as an int").isZero();
    }

    @Test
    @DisplayName("a k that no subarray can reach, up to Long.MIN_VALUE and Long.MAX_VALUE, counts 0")
    void unreachableK() {
        int[] values = {MIN, -3, 0, 4, MAX};
        assertThat(SubarraySums.count(values, Long.MIN_VALUE)).as("count([MIN, -3, 0, 4, MAX], Long.MIN_VALUE)")
                .isZero();
        assertThat(SubarraySums.count(values, Long.MAX_VALUE)).as("count([MIN, -3, 0, 4, MAX], Long.MAX_VALUE)")
                .isZero();
    }

    @Test
    @DisplayName("the count can pass Integer.MAX_VALUE: 65,536 zeros hold 2,147,516,416 subarrays summing to 0")
    void countBeyondInt() {
        assertThat(SubarraySums.count(new int[1 << 16], 0)).as("count(65,536 zeros, 0)").isEqualTo(2_147_516_416L);
    }

    @Test
    @DisplayName("does not modify the array")
    void leavesArrayAlone() {
        int[] values = {3, -1, 4, -1, 5};
        SubarraySums.count(values, 3);
        assertThat(values).as("[3, -1, 4, -1, 5] after count(..., 3)").containsExactly(3, -1, 4, -1, 5);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> SubarraySums.count(null, 0)).as("count(null, 0)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 500)
    @Label("agrees with adding up every subarray, on any array and k")
    void matchesEverySubarray(@ForAll("valuesWithK") ValuesWithK input) {
        assertThat(SubarraySums.count(input.values(), input.k()))
                .as("count(%s, %d)", Arrays.toString(input.values()), input.k())
                .isEqualTo(countByAddingEverySubarray(input.values(), input.k()));
    }

    /** The oracle: every (i, j), each subarray added up from scratch in a long. */
    private static long countByAddingEverySubarray(int[] values, long k) {
        long count = 0;
        for (int i = 0; i < values.length; i++) {
            for (int j = i; j < values.length; j++) {
                long sum = 0;
                for (int x = i; x <= j; x++) {
                    sum += values[x];
                }
                if (sum == k) {
                    count++;
                }
            }
        }
        return count;
    }

    record ValuesWithK(int[] values, long k) {
    }

    /**
     * Arrays of up to 30 small values (sums repeat, so counts are often above 1), with the int extremes mixed
     * in; k is the sum of a random subarray half of the time.
     */
    @Provide
    Arbitrary<ValuesWithK> valuesWithK() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(-4, 4)),
                Tuple.of(1, Arbitraries.of(MIN, MIN + 1, MAX - 1, MAX)));
        return value.array(int[].class).ofMaxSize(30).flatMap(values -> {
            Arbitrary<Long> anyK = Arbitraries.longs().between(-6, 6);
            if (values.length == 0) {
                return anyK.map(k -> new ValuesWithK(values, k));
            }
            Arbitrary<Integer> index = Arbitraries.integers().between(0, values.length - 1);
            Arbitrary<Long> sumOfSubarray = Combinators.combine(index, index).as((a, b) -> {
                long sum = 0;
                for (int x = Math.min(a, b); x <= Math.max(a, b); x++) {
                    sum += values[x];
                }
                return sum;
            });
            return Arbitraries.oneOf(anyK, sumOfSubarray).map(k -> new ValuesWithK(values, k));
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes linear time, not quadratic (timing)")
    void linearTime() {
        assertComplexity(Complexity.timing("count in n random values", RANDOM_HIKE).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("count is linear (JMH)")
    void countBenchmark() {
        assertComplexity(Complexity.jmh("count in n random values", SubarraySumsBenchmark.class, "count")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    /** n random values in [-3, 3] and k = 2. */
    static final Workload<Hike> RANDOM_HIKE = Workload.of(Hike::new, Hike::count);

    /**
     * Shared by the timing check and the JMH benchmark. Small values keep the sum of every stretch within a few
     * thousand of 0, so the working set stays in cache at every size (the array itself is at most 512 KB).
     */
    static final class Hike {
        final int[] values;

        Hike(int n) {
            values = new Random(n).ints(n, -3, 4).toArray();
        }

        long count() {
            return SubarraySums.count(values, 2);
        }
    }
}
