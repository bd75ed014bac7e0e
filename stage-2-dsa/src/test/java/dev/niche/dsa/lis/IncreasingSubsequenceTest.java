package dev.niche.dsa.lis;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
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

@Kata(id = "dsa/lis", title = "Longest strictly increasing subsequence", order = 270, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class IncreasingSubsequenceTest {
    private static final Comparator<Integer> NATURAL = Comparator.naturalOrder();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("scores 5, 2, 8, 6, 3, 6, 9, 7 have a longest rising subsequence of 4 (2, 3, 6, 9)")
    void storyExample() {
        List<Integer> scores = List.of(5, 2, 8, 6, 3, 6, 9, 7);
        assertThat(IncreasingSubsequence.longestLength(scores, NATURAL)).as("longestLength(%s)", scores)
                .isEqualTo(4);
    }

    @Test
    @DisplayName("an empty list answers 0 and a single item answers 1")
    void tinyLists() {
        assertThat(IncreasingSubsequence.longestLength(List.<Integer>of(), NATURAL)).as("longestLength([])")
                .isZero();
        assertThat(IncreasingSubsequence.longestLength(List.of(42), NATURAL)).as("longestLength([42])")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("equal items do not rise: [7, 7, 7] answers 1 and [1, 2, 2, 3] answers 3")
    void equalItemsDoNotRise() {
        assertThat(IncreasingSubsequence.longestLength(List.of(7, 7, 7), NATURAL)).as("longestLength([7, 7, 7])")
                .isEqualTo(1);
        assertThat(IncreasingSubsequence.longestLength(List.of(1, 2, 2, 3), NATURAL))
                .as("longestLength([1, 2, 2, 3])").isEqualTo(3);
    }

    @Test
    @DisplayName("a rising list answers its size; a falling list answers 1")
    void monotoneLists() {
        List<Integer> rising = List.of(-3, 0, 4, 10, 11);
        List<Integer> falling = List.of(9, 5, 2, -1, -8);
        assertThat(IncreasingSubsequence.longestLength(rising, NATURAL)).as("longestLength(%s)", rising)
                .isEqualTo(5);
        assertThat(IncreasingSubsequence.longestLength(falling, NATURAL)).as("longestLength(%s)", falling)
                .isEqualTo(1);
    }

    @Test
    @DisplayName("Integer.MIN_VALUE and MAX_VALUE take part like any other value")
    void extremes() {
        List<Integer> items = List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 0, Integer.MAX_VALUE);
        assertThat(IncreasingSubsequence.longestLength(items, NATURAL))
                .as("longestLength([MAX_VALUE, MIN_VALUE, 0, MAX_VALUE])").isEqualTo(3);
    }

    @Test
    @DisplayName("the comparator decides what rising means: words by length, or numbers in reverse order")
    void usesTheComparator() {
        List<String> words = List.of("ox", "a", "cat", "dog", "horse", "bee");
        assertThat(IncreasingSubsequence.longestLength(words, Comparator.comparingInt(String::length)))
                .as("longestLength(%s, by length)", words).isEqualTo(3);
        List<Integer> numbers = List.of(5, 2, 8, 6, 3, 6, 9, 7);
        assertThat(IncreasingSubsequence.longestLength(numbers, Comparator.<Integer>reverseOrder()))
                .as("longestLength(%s, reverse order)", numbers).isEqualTo(3);
    }

    @Test
    @DisplayName("a null list or comparator is rejected with a NullPointerException naming it")
    void rejectsNullArguments() {
        assertThatThrownBy(() -> IncreasingSubsequence.longestLength(null, NATURAL)).as("longestLength(null, order)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("items");
        assertThatThrownBy(() -> IncreasingSubsequence.longestLength(List.of(1), null)).as("longestLength([1], null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    }

    @Test
    @DisplayName("a null item is rejected with a NullPointerException naming its index")
    void rejectsNullItem() {
        List<Integer> items = Arrays.asList(4, 1, 7, null, 2);
        assertThatThrownBy(() -> IncreasingSubsequence.longestLength(items, NATURAL))
                .as("longestLength([4, 1, 7, null, 2])")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("items[3]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with checking every subsequence, in natural and in reverse order")
    void matchesEverySubsequence(@ForAll("smallLists") List<Integer> items, @ForAll boolean reversed) {
        Comparator<Integer> order = reversed ? Comparator.reverseOrder() : NATURAL;
        assertThat(IncreasingSubsequence.longestLength(items, order))
                .as("longestLength(%s, %s order)", items, reversed ? "reverse" : "natural")
                .isEqualTo(longestByCheckingEverySubsequence(items, order));
    }

    /** The oracle: every subset of indexes, as the bits of a mask, kept when it rises strictly. */
    private static int longestByCheckingEverySubsequence(List<Integer> items, Comparator<Integer> order) {
        int longest = 0;
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            Integer previous = null;
            boolean rises = true;
            for (int i = 0; i < items.size() && rises; i++) {
                if ((mask & 1 << i) != 0) {
                    rises = previous == null || order.compare(previous, items.get(i)) < 0;
                    previous = items.get(i);
                }
            }
            if (rises) {
                longest = Math.max(longest, Integer.bitCount(mask));
            }
        }
        return longest;
    }

    /** Up to 12 values from -5 to 5, so repeats are common; jqwik adds the empty and one-item lists. */
    @Provide
    Arbitrary<List<Integer>> smallLists() {
        return Arbitraries.integers().between(-5, 5).list().ofMaxSize(12);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    /** An input of the budget check: a name and a list of n values. */
    record Shape(String name, IntFunction<List<Integer>> values) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape("rising", n -> IntStream.range(0, n).boxed().toList()),
            new Shape("falling", n -> IntStream.range(0, n).map(i -> n - i).boxed().toList()),
            new Shape("all equal", n -> IntStream.range(0, n).map(i -> 7).boxed().toList()),
            new Shape("random", IncreasingSubsequenceTest::randomValues));

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("makes at most n * (floor(log2 n) + 2) comparisons on rising, falling, equal and random lists")
    void comparisonBudget() {
        for (int n : new int[] {1, 2, 3, 5, 8, 100, 1000, 4096}) {
            long budget = (long) n * (31 - Integer.numberOfLeadingZeros(n) + 2);
            for (Shape shape : SHAPES) {
                Counter comparisons = new Counter();
                IncreasingSubsequence.longestLength(shape.values().apply(n), comparisons.<Integer>naturalOrder());
                assertThat(comparisons.count())
                        .as("comparisons on a %s list of %d values (budget %d)", shape.name(), n, budget)
                        .isLessThanOrEqualTo(budget);
            }
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("comparisons grow as O(n log n) on random lists")
    void comparisonsGrowAsNLogN() {
        assertComplexity(Complexity.counting("comparisons on n random values", n -> {
            Counter comparisons = new Counter();
            IncreasingSubsequence.longestLength(randomValues(n), comparisons.<Integer>naturalOrder());
            return comparisons.count();
        }).sizes(powersOfTwo(8, 13))).isAtMost(Growth.LINEARITHMIC);
    }

    @BenchCheck
    @DisplayName("the longest rising subsequence of n random values takes O(n log n) time (JMH)")
    void longestBenchmark() {
        assertComplexity(Complexity.jmh("longestLength of n random small values", IncreasingSubsequenceBenchmark.class,
                "longest").sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEARITHMIC);
    }

    /** n values from 0 to n - 1, drawn with a seed that depends on n. */
    static List<Integer> randomValues(int n) {
        Random random = new Random(n);
        List<Integer> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(random.nextInt(n));
        }
        return values;
    }
}
