package dev.niche.dsa.lowerbound;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Counter;
import dev.niche.katas.grader.complexity.Growth;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
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

@Kata(id = "dsa/lower-bound", title = "First position not before a key", order = 70, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class LowerBoundTest {
    private static final Comparator<Integer> NATURAL = Comparator.naturalOrder();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("finds the first of several equal elements")
    void firstOfDuplicates() {
        List<Integer> sorted = List.of(1, 3, 3, 3, 8);
        assertThat(LowerBound.lowerBound(sorted, 3, NATURAL)).as("lowerBound(%s, 3)", sorted).isEqualTo(1);
    }

    @Test
    @DisplayName("a key between two elements goes after the smaller one")
    void keyBetweenElements() {
        List<Integer> sorted = List.of(2, 4, 6, 8);
        assertThat(LowerBound.lowerBound(sorted, 5, NATURAL)).as("lowerBound(%s, 5)", sorted).isEqualTo(2);
    }

    @Test
    @DisplayName("a key below everything answers 0; above everything answers the size")
    void keysOutsideTheRange() {
        List<Integer> sorted = List.of(-5, 0, 5);
        assertThat(LowerBound.lowerBound(sorted, -100, NATURAL)).as("lowerBound(%s, -100)", sorted).isZero();
        assertThat(LowerBound.lowerBound(sorted, 100, NATURAL)).as("lowerBound(%s, 100)", sorted).isEqualTo(3);
    }

    @Test
    @DisplayName("an empty list answers 0")
    void emptyList() {
        assertThat(LowerBound.lowerBound(List.<Integer>of(), 7, NATURAL)).as("lowerBound([], 7)").isZero();
    }

    @Test
    @DisplayName("the comparator decides the order: descending strings")
    void usesTheComparator() {
        List<String> descending = List.of("pear", "kiwi", "fig", "apple");
        assertThat(LowerBound.lowerBound(descending, "grape", Comparator.<String>reverseOrder()))
                .as("lowerBound(%s, \"grape\", reverse order)", descending).isEqualTo(2);
    }

    @Test
    @DisplayName("a null list, key or comparator is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> LowerBound.lowerBound(null, 1, NATURAL))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("sorted");
        assertThatThrownBy(() -> LowerBound.lowerBound(List.of(1), null, NATURAL))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("key");
        assertThatThrownBy(() -> LowerBound.lowerBound(List.of(1), 1, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 500)
    @Label("agrees with a scan from the front on any sorted list and key")
    void matchesScan(@ForAll("sortedWithKey") SortedWithKey input) {
        int expected = 0;
        while (expected < input.sorted().size() && input.sorted().get(expected) < input.key()) {
            expected++;
        }
        assertThat(LowerBound.lowerBound(input.sorted(), input.key(), NATURAL))
                .as("lowerBound(%s, %d)", input.sorted(), input.key()).isEqualTo(expected);
    }

    record SortedWithKey(List<Integer> sorted, int key) {
    }

    /** Small value ranges so duplicates are common; keys reach just past both ends. */
    @Provide
    Arbitrary<SortedWithKey> sortedWithKey() {
        Arbitrary<List<Integer>> lists = Arbitraries.integers().between(-20, 20).list().ofMaxSize(40)
                .map(list -> list.stream().sorted().toList());
        return Combinators.combine(lists, Arbitraries.integers().between(-22, 22)).as(SortedWithKey::new);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @DisplayName("makes at most floor(log2 n) + 1 comparisons per query, for every key")
    void probeBudget() {
        for (int n : new int[] {0, 1, 2, 3, 7, 8, 100, 1000, 4096}) {
            List<Integer> sorted = IntStream.range(0, n).map(i -> 2 * i).boxed().toList();
            int budget = 32 - Integer.numberOfLeadingZeros(n);
            for (int key = -1; key <= 2 * n; key++) {
                Counter comparisons = new Counter();
                LowerBound.lowerBound(sorted, key, comparisons.<Integer>naturalOrder());
                assertThat(comparisons.count())
                        .as("comparisons for key %d in the %d even numbers 0..%d (budget %d)", key, n, 2 * n - 2,
                                budget)
                        .isLessThanOrEqualTo(budget);
            }
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("comparisons per query grow as O(log n)")
    void comparisonsGrowLogarithmically() {
        assertComplexity(Complexity.counting("comparisons per query", n -> {
            List<Integer> sorted = IntStream.range(0, n).boxed().toList();
            Counter comparisons = new Counter();
            Random random = new Random(n);
            int queries = 64;
            for (int q = 0; q < queries; q++) {
                LowerBound.lowerBound(sorted, random.nextInt(n + 1), comparisons.<Integer>naturalOrder());
            }
            return comparisons.count() / queries;
        }).sizes(powersOfTwo(8, 18))).isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("a query takes sublinear time (JMH)")
    void queryBenchmark() {
        assertComplexity(Complexity.jmh("query", LowerBoundBenchmark.class, "query")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }
}
