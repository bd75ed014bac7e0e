package dev.niche.dsa.threesum;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
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
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
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

@Kata(id = "dsa/three-sum", title = "Every distinct triple of values with a given sum", order = 20,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class ChargeTriplesTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("lists each triple once, in ascending order, even when values repeat")
    void listsEachTripleOnce() {
        int[] values = {3, -2, 1, -1, 0, -2, 4};
        assertThat(ChargeTriples.find(values, 0)).as("find([3, -2, 1, -1, 0, -2, 4], 0)")
                .containsExactly(new Triple(-2, -2, 4), new Triple(-2, -1, 3), new Triple(-1, 0, 1));
    }

    @Test
    @DisplayName("finds triples for a non-zero target")
    void nonZeroTarget() {
        int[] values = {5, 1, 2, 3, 4};
        assertThat(ChargeTriples.find(values, 9)).as("find([5, 1, 2, 3, 4], 9)")
                .containsExactly(new Triple(1, 3, 5), new Triple(2, 3, 4));
        assertThat(ChargeTriples.find(values, -6)).as("find([5, 1, 2, 3, 4], -6)").isEmpty();
    }

    @Test
    @DisplayName("uses a value as many times as it occurs, no more")
    void multiplicity() {
        assertThat(ChargeTriples.find(new int[] {0, 0}, 0)).as("find([0, 0], 0)").isEmpty();
        assertThat(ChargeTriples.find(new int[] {0, 0, 0}, 0)).as("find([0, 0, 0], 0)")
                .containsExactly(new Triple(0, 0, 0));
        assertThat(ChargeTriples.find(new int[] {0, 0, 0, 0, 0}, 0)).as("find([0, 0, 0, 0, 0], 0)")
                .containsExactly(new Triple(0, 0, 0));
        assertThat(ChargeTriples.find(new int[] {2, -4, 1}, 0)).as("find([2, -4, 1], 0): 2 is there once")
                .isEmpty();
    }

    @Test
    @DisplayName("fewer than three values make no triple")
    void tooFewValues() {
        assertThat(ChargeTriples.find(new int[0], 0)).as("find([], 0)").isEmpty();
        assertThat(ChargeTriples.find(new int[] {0}, 0)).as("find([0], 0)").isEmpty();
        assertThat(ChargeTriples.find(new int[] {1, -1}, 0)).as("find([1, -1], 0)").isEmpty();
    }

    @Test
    @DisplayName("sums beyond the int range are exact: no overflow")
    void extremes() {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        assertThat(ChargeTriples.find(new int[] {max, max, 2}, 0))
                .as("find([MAX, MAX, 2], 0): as ints, MAX + MAX + 2 wraps to 0").isEmpty();
        assertThat(ChargeTriples.find(new int[] {max, max, max}, 3L * max)).as("find([MAX, MAX, MAX], 3 MAX)")
                .containsExactly(new Triple(max, max, max));
        assertThat(ChargeTriples.find(new int[] {min, 0, max, min, 1}, -1L + min))
                .as("find([MIN, 0, MAX, MIN, 1], MIN - 1)")
                .containsExactly(new Triple(min, min, max));
    }

    @Test
    @DisplayName("does not modify the array")
    void leavesArrayAlone() {
        int[] values = {4, -1, -3, 2, 0};
        ChargeTriples.find(values, 1);
        assertThat(values).as("[4, -1, -3, 2, 0] after find(..., 1)").containsExactly(4, -1, -3, 2, 0);
    }

    @Test
    @DisplayName("a null array is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> ChargeTriples.find(null, 0)).as("find(null, 0)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying every three positions, on any array and target")
    void matchesEveryTriple(@ForAll("valuesWithTarget") ValuesWithTarget input) {
        int[] values = input.values();
        int[] before = values.clone();
        String call = "find(" + Arrays.toString(values) + ", " + input.target() + ")";
        assertThat(ChargeTriples.find(values, input.target())).as(call)
                .isEqualTo(everyTriple(before, input.target()));
        assertThat(values).as("the array after " + call).isEqualTo(before);
    }

    /** The oracle: every three positions; a sorted set keeps each triple once and puts them in order. */
    private static List<Triple> everyTriple(int[] values, long target) {
        TreeSet<Triple> found = new TreeSet<>(Comparator.comparingInt(Triple::first)
                .thenComparingInt(Triple::second).thenComparingInt(Triple::third));
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                for (int k = j + 1; k < values.length; k++) {
                    if ((long) values[i] + values[j] + values[k] == target) {
                        int[] three = {values[i], values[j], values[k]};
                        Arrays.sort(three);
                        found.add(new Triple(three[0], three[1], three[2]));
                    }
                }
            }
        }
        return new ArrayList<>(found);
    }

    record ValuesWithTarget(int[] values, long target) {
    }

    /**
     * Arrays of up to 25 small values (so values repeat and many triples match), with the int extremes mixed
     * in; the target is the sum of three random entries half of the time.
     */
    @Provide
    Arbitrary<ValuesWithTarget> valuesWithTarget() {
        Arbitrary<Integer> value = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(-8, 8)),
                Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1,
                        Integer.MAX_VALUE)));
        return value.array(int[].class).ofMaxSize(25).flatMap(values -> {
            Arbitrary<Long> anyTarget = Arbitraries.longs().between(-6, 6);
            if (values.length == 0) {
                return anyTarget.map(target -> new ValuesWithTarget(values, target));
            }
            Arbitrary<Integer> index = Arbitraries.integers().between(0, values.length - 1);
            Arbitrary<Long> sumOfThree = Combinators.combine(index, index, index)
                    .as((a, b, c) -> (long) values[a] + values[b] + values[c]);
            return Arbitraries.oneOf(anyTarget, sumOfThree).map(target -> new ValuesWithTarget(values, target));
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    /**
     * Sizes a factor of about sqrt(2) apart, from 256 on: a cubic search stops growing after a few of them (one
     * call nears the harness's limit), so the small steps give it several points, all large enough for the
     * n^3 term to dominate. Below 256 its short inner loops cost more per step, which flattens the curve.
     */
    private static final int[] SIZES = {256, 362, 512, 724, 1024, 1448, 2048};

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("takes quadratic time, not cubic, when no triple matches (timing)")
    void quadraticTime() {
        assertComplexity(Complexity.timing("find with no match", NO_MATCH).sizes(SIZES)).isAtMost(Growth.QUADRATIC);
    }

    @BenchCheck
    @DisplayName("find is quadratic (JMH)")
    void findBenchmark() {
        assertComplexity(Complexity.jmh("find with no match", ChargeTriplesBenchmark.class, "find")
                .sizes(1 << 5, 1 << 7, 1 << 9, 1 << 11)).isAtMost(Growth.QUADRATIC);
    }

    /** The even numbers -n, -n + 2, ..., n - 2, shuffled, and the odd target 1, which no three of them make. */
    static final Workload<Tray> NO_MATCH = Workload.of(Tray::new, Tray::find);

    /**
     * Shared by the timing check and the JMH benchmark. Evenly spaced values keep the time per step the same
     * at every size: with random values, the branch predictor learns the steps of a small input by heart (the
     * same input is searched again and again) but not those of a large one, which bends the curve upwards.
     */
    static final class Tray {
        final int[] values;

        Tray(int n) {
            values = IntStream.range(0, n).map(i -> 2 * i - n).toArray();
            Random random = new Random(n);
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = values[i];
                values[i] = values[j];
                values[j] = swap;
            }
        }

        List<Triple> find() {
            return ChargeTriples.find(values, 1);
        }
    }
}
