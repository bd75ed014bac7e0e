package dev.niche.dsa.subsets;

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

@Kata(id = "dsa/subsets", title = "Every distinct handful of a jar of coins", order = 230, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class DistinctSubsetsTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[2, 1, 2] has six distinct handfuls, not eight: the two 2s are interchangeable")
    void duplicatesCollapse() {
        assertThat(DistinctSubsets.of(new int[] {2, 1, 2})).as("of([2, 1, 2])")
                .containsExactlyInAnyOrder(List.of(), List.of(1), List.of(2), List.of(1, 2), List.of(2, 2),
                        List.of(1, 2, 2));
    }

    @Test
    @DisplayName("three different coins give all eight handfuls, each in non-decreasing order")
    void distinctValues() {
        assertThat(DistinctSubsets.of(new int[] {3, 1, 2})).as("of([3, 1, 2])")
                .containsExactlyInAnyOrder(List.of(), List.of(1), List.of(2), List.of(3), List.of(1, 2),
                        List.of(1, 3), List.of(2, 3), List.of(1, 2, 3));
    }

    @Test
    @DisplayName("an empty jar has one handful, the empty one; one coin has two")
    void tinyJars() {
        assertThat(DistinctSubsets.of(new int[0])).as("of([])").containsExactly(List.of());
        assertThat(DistinctSubsets.of(new int[] {-4})).as("of([-4])")
                .containsExactlyInAnyOrder(List.of(), List.of(-4));
    }

    @Test
    @DisplayName("n equal coins have n + 1 handfuls: none, one, ..., all of them")
    void equalCoins() {
        assertThat(DistinctSubsets.of(new int[] {9, 9, 9, 9})).as("of([9, 9, 9, 9])")
                .containsExactlyInAnyOrder(List.of(), List.of(9), List.of(9, 9), List.of(9, 9, 9),
                        List.of(9, 9, 9, 9));
    }

    @Test
    @DisplayName("negative values and the int extremes are ordinary coins")
    void extremes() {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        assertThat(DistinctSubsets.of(new int[] {max, min, max})).as("of([MAX_VALUE, MIN_VALUE, MAX_VALUE])")
                .containsExactlyInAnyOrder(List.of(), List.of(min), List.of(max), List.of(min, max),
                        List.of(max, max), List.of(min, max, max));
    }

    @Test
    @DisplayName("the jar is left as it was")
    void doesNotModifyInput() {
        int[] values = {5, 1, 5, 3};
        DistinctSubsets.of(values);
        assertThat(values).as("values after of([5, 1, 5, 3])").containsExactly(5, 1, 5, 3);
    }

    @Test
    @DisplayName("a null jar is rejected with a NullPointerException naming values")
    void rejectsNull() {
        assertThatThrownBy(() -> DistinctSubsets.of(null)).as("of(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("a jar of more than MAX_LENGTH coins is rejected, even if its coins are all equal")
    void rejectsTooLong() {
        int[] tooLong = new int[DistinctSubsets.MAX_LENGTH + 1];
        assertThatThrownBy(() -> DistinctSubsets.of(tooLong)).as("of(%d zeros)", tooLong.length)
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("a jar with more than MAX_SUBSETS distinct handfuls is rejected before any is built")
    void rejectsTooManySubsets() {
        int[] distinct = IntStream.range(0, 21).toArray();
        assertThatThrownBy(() -> DistinctSubsets.of(distinct)).as("of(0..20): 2^21 handfuls")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
        int[] sevenOfEach = IntStream.range(0, 49).map(i -> i / 7).toArray();
        assertThatThrownBy(() -> DistinctSubsets.of(sevenOfEach)).as("of(seven copies of 0..6): 8^7 handfuls")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("lists exactly the distinct handfuls that choosing coins by position finds, each once and sorted")
    void matchesChoicesByPosition(@ForAll("jars") int[] values) {
        List<List<Integer>> actual = DistinctSubsets.of(values.clone());
        String call = "of(" + Arrays.toString(values) + ")";
        assertThat(new HashSet<>(actual)).as("%s lists a handful twice: %s", call, actual).hasSize(actual.size());
        assertThat(actual).as(call).containsExactlyInAnyOrderElementsOf(choicesByPosition(values));
    }

    /** Up to 12 coins with values in -3..3, so repeats are common. */
    @Provide
    Arbitrary<int[]> jars() {
        return Arbitraries.integers().between(-3, 3).array(int[].class).ofMaxSize(12);
    }

    /** The oracle: every one of the 2^n choices by position, sorted, in a set. */
    private static Set<List<Integer>> choicesByPosition(int[] values) {
        Set<List<Integer>> handfuls = new HashSet<>();
        for (int mask = 0; mask < 1 << values.length; mask++) {
            List<Integer> handful = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if ((mask & 1 << i) != 0) {
                    handful.add(values[i]);
                }
            }
            handful.sort(null);
            handfuls.add(handful);
        }
        return handfuls;
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("n equal coins take time polynomial in n, not 2^n (timing)")
    void equalCoinsArePolynomial() {
        assertComplexity(Complexity.timing("of(n equal coins)", EQUAL_COINS)
                .sizes(powersOfTwo(2, 6))).isAtMost(Growth.QUADRATIC);
    }

    @BenchCheck
    @DisplayName("n equal coins take polynomial time (JMH)")
    void equalCoinsBenchmark() {
        assertComplexity(Complexity.jmh("of(n equal coins)", DistinctSubsetsBenchmark.class, "equalCoins")
                .sizes(12, 24, 48, 96)).isAtMost(Growth.QUADRATIC);
    }

    /** n coins of value 7: n + 1 handfuls, and 2^n choices by position. */
    static final Workload<int[]> EQUAL_COINS = Workload.of(DistinctSubsetsTest::equalCoins, DistinctSubsets::of);

    static int[] equalCoins(int n) {
        int[] values = new int[n];
        Arrays.fill(values, 7);
        return values;
    }
}
