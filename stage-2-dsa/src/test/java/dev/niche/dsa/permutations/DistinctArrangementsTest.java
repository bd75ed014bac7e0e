package dev.niche.dsa.permutations;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/permutations", title = "Every different-looking row of flower pots", order = 240,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class DistinctArrangementsTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("pots 3, 8, 3 make three different rows, not six")
    void duplicatesCollapse() {
        assertThat(DistinctArrangements.of(new int[] {3, 8, 3})).as("of([3, 8, 3])")
                .containsExactlyInAnyOrder(List.of(3, 3, 8), List.of(3, 8, 3), List.of(8, 3, 3));
    }

    @Test
    @DisplayName("three different pots make all six rows")
    void distinctValues() {
        assertThat(DistinctArrangements.of(new int[] {1, 2, 3})).as("of([1, 2, 3])")
                .containsExactlyInAnyOrder(List.of(1, 2, 3), List.of(1, 3, 2), List.of(2, 1, 3), List.of(2, 3, 1),
                        List.of(3, 1, 2), List.of(3, 2, 1));
    }

    @Test
    @DisplayName("no pots make one row, the empty one; one pot makes one row")
    void tinyRows() {
        assertThat(DistinctArrangements.of(new int[0])).as("of([])").containsExactly(List.of());
        assertThat(DistinctArrangements.of(new int[] {-6})).as("of([-6])").containsExactly(List.of(-6));
    }

    @Test
    @DisplayName("pots all of one colour make a single row")
    void oneColour() {
        assertThat(DistinctArrangements.of(new int[] {4, 4, 4, 4, 4})).as("of([4, 4, 4, 4, 4])")
                .containsExactly(List.of(4, 4, 4, 4, 4));
    }

    @Test
    @DisplayName("two pairs make six rows: 4! / (2! 2!)")
    void twoPairs() {
        assertThat(DistinctArrangements.of(new int[] {2, 1, 1, 2})).as("of([2, 1, 1, 2])")
                .containsExactlyInAnyOrder(List.of(1, 1, 2, 2), List.of(1, 2, 1, 2), List.of(1, 2, 2, 1),
                        List.of(2, 1, 1, 2), List.of(2, 1, 2, 1), List.of(2, 2, 1, 1));
    }

    @Test
    @DisplayName("negative codes and the int extremes are ordinary colours")
    void extremes() {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        assertThat(DistinctArrangements.of(new int[] {min, max, min})).as("of([MIN_VALUE, MAX_VALUE, MIN_VALUE])")
                .containsExactlyInAnyOrder(List.of(min, min, max), List.of(min, max, min), List.of(max, min, min));
    }

    @Test
    @DisplayName("the pots are left as they were")
    void doesNotModifyInput() {
        int[] values = {5, 1, 5, 3};
        DistinctArrangements.of(values);
        assertThat(values).as("values after of([5, 1, 5, 3])").containsExactly(5, 1, 5, 3);
    }

    @Test
    @DisplayName("a null row is rejected with a NullPointerException naming values")
    void rejectsNull() {
        assertThatThrownBy(() -> DistinctArrangements.of(null)).as("of(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("more than MAX_LENGTH pots are rejected, even all of one colour")
    void rejectsTooLong() {
        int[] tooLong = new int[DistinctArrangements.MAX_LENGTH + 1];
        assertThatThrownBy(() -> DistinctArrangements.of(tooLong)).as("of(%d zeros)", tooLong.length)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("more than MAX_ARRANGEMENTS different rows are rejected before any is built")
    void rejectsTooManyRows() {
        int[] tenColours = IntStream.range(0, 10).toArray();
        assertThatThrownBy(() -> DistinctArrangements.of(tenColours)).as("of(0..9): 10! rows")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
        int[] twelveOfTwo = IntStream.range(0, 24).map(i -> i % 2).toArray();
        assertThatThrownBy(() -> DistinctArrangements.of(twelveOfTwo))
                .as("of(twelve 0s and twelve 1s): 24! / (12! 12!) rows")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("lists exactly the distinct rows that ordering the pots every way finds, each once")
    void matchesAllOrderings(@ForAll("rows") int[] values) {
        List<List<Integer>> actual = DistinctArrangements.of(values.clone());
        String call = "of(" + Arrays.toString(values) + ")";
        assertThat(new HashSet<>(actual)).as("%s lists a row twice: %s", call, actual).hasSize(actual.size());
        assertThat(actual).as(call).containsExactlyInAnyOrderElementsOf(allOrderings(values));
    }

    /** Up to 7 pots with codes in -2..2, so repeated colours are common. */
    @Provide
    Arbitrary<int[]> rows() {
        return Arbitraries.integers().between(-2, 2).array(int[].class).ofMaxSize(7);
    }

    /** The oracle: every one of the n! orderings of the pots, in a set. */
    private static Set<List<Integer>> allOrderings(int[] values) {
        Set<List<Integer>> rows = new HashSet<>();
        orderFrom(values, new boolean[values.length], new ArrayList<>(), rows);
        return rows;
    }

    private static void orderFrom(int[] values, boolean[] used, List<Integer> row, Set<List<Integer>> rows) {
        if (row.size() == values.length) {
            rows.add(new ArrayList<>(row));
        }
        for (int i = 0; i < values.length; i++) {
            if (!used[i]) {
                used[i] = true;
                row.add(values[i]);
                orderFrom(values, used, row, rows);
                row.remove(row.size() - 1);
                used[i] = false;
            }
        }
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("n pots all of one colour but one take time polynomial in n, not n! (timing)")
    void oneOddPotIsPolynomial() {
        assertComplexity(Complexity.timing("of(n pots, one odd)", ONE_ODD_POT).sizes(powersOfTwo(2, 6)))
                .isAtMost(Growth.CUBIC);
    }

    @BenchCheck
    @DisplayName("n pots all of one colour but one take polynomial time (JMH)")
    void oneOddPotBenchmark() {
        assertComplexity(Complexity.jmh("of(n pots, one odd)", DistinctArrangementsBenchmark.class, "oneOddPot")
                .sizes(12, 24, 48, 96)).isAtMost(Growth.CUBIC);
    }

    /** n - 1 pots of colour 7 and one of colour 8: n different rows, and n! orderings of the pots. */
    static final Workload<int[]> ONE_ODD_POT = Workload.of(DistinctArrangementsTest::oneOddPot,
            DistinctArrangements::of);

    static int[] oneOddPot(int n) {
        int[] values = new int[n];
        Arrays.fill(values, 7);
        values[n / 2] = 8;
        return values;
    }
}
