package dev.niche.dsa.topkfrequent;

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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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

@Kata(id = "dsa/top-k-frequent", title = "The k most frequent items", order = 130, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class MostFrequentTest {
    private static final Comparator<Integer> ASCENDING = Comparator.naturalOrder();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("ranks items by how often they occur, most frequent first")
    void mostFrequentFirst() {
        List<Integer> items = List.of(4, 9, 9, 1, 9, 4, 7);
        assertThat(MostFrequent.top(items, 2, ASCENDING)).as("top(%s, 2)", items).containsExactly(9, 4);
    }

    @Test
    @DisplayName("items that occur equally often are ranked by the tie-break")
    void tiesFollowTheTieBreak() {
        List<String> tags = List.of("b", "a", "c", "a", "b", "d");
        assertThat(MostFrequent.top(tags, 3, Comparator.<String>naturalOrder()))
                .as("top(%s, 3, alphabetical)", tags).containsExactly("a", "b", "c");
        assertThat(MostFrequent.top(tags, 3, Comparator.<String>reverseOrder()))
                .as("top(%s, 3, reverse alphabetical)", tags).containsExactly("b", "a", "d");
    }

    @Test
    @DisplayName("k = 0 gives an empty list, also for no items at all")
    void zeroK() {
        assertThat(MostFrequent.top(List.of(3, 3, 5), 0, ASCENDING)).as("top([3, 3, 5], 0)").isEmpty();
        assertThat(MostFrequent.top(List.<Integer>of(), 0, ASCENDING)).as("top([], 0)").isEmpty();
    }

    @Test
    @DisplayName("k equal to the number of distinct items ranks them all; one item ranks alone")
    void allDistinctItems() {
        List<Integer> items = List.of(5, 2, 5, 8, 2, 5);
        assertThat(MostFrequent.top(items, 3, ASCENDING)).as("top(%s, 3)", items).containsExactly(5, 2, 8);
        assertThat(MostFrequent.top(List.of(42), 1, ASCENDING)).as("top([42], 1)").containsExactly(42);
    }

    @Test
    @DisplayName("negative and extreme values are counted like any other")
    void extremeValues() {
        List<Integer> items = List.of(Integer.MAX_VALUE, -1, Integer.MIN_VALUE, -1, Integer.MAX_VALUE, 0);
        assertThat(MostFrequent.top(items, 3, ASCENDING)).as("top(%s, 3)", items)
                .containsExactly(-1, Integer.MAX_VALUE, Integer.MIN_VALUE);
    }

    @Test
    @DisplayName("a null list, element or tie-break is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> MostFrequent.top(null, 1, ASCENDING))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("items");
        assertThatThrownBy(() -> MostFrequent.top(Arrays.asList(1, 2, null, 2), 1, ASCENDING))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("items[2]");
        assertThatThrownBy(() -> MostFrequent.top(List.of(1), 1, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("tieBreak");
    }

    @Test
    @DisplayName("k below 0 or above the number of distinct items is rejected with a message naming k")
    void rejectsKOutOfRange() {
        assertThatThrownBy(() -> MostFrequent.top(List.of(1, 2), -1, ASCENDING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
        assertThatThrownBy(() -> MostFrequent.top(List.of(1, 1, 2), 3, ASCENDING))
                .as("three of the two distinct items of [1, 1, 2]")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with sorting every distinct item by count, then tie-break, for any items and k")
    void matchesFullRanking(@ForAll("itemsWithK") ItemsWithK input) {
        for (Comparator<Integer> tieBreak : List.of(ASCENDING, ASCENDING.reversed())) {
            assertThat(MostFrequent.top(input.items(), input.k(), tieBreak))
                    .as("top(%s, %d, %s)", input.items(), input.k(), tieBreak == ASCENDING ? "ascending" : "descending")
                    .isEqualTo(rankAllThenCut(input.items(), input.k(), tieBreak));
        }
    }

    /** The definition, read literally: rank every distinct item by count (descending), then tie-break; cut. */
    private static List<Integer> rankAllThenCut(List<Integer> items, int k, Comparator<Integer> tieBreak) {
        List<Integer> distinct = new ArrayList<>(items.stream().distinct().toList());
        distinct.sort(Comparator.comparingInt((Integer v) -> -Collections.frequency(items, v))
                .thenComparing(tieBreak));
        return distinct.subList(0, k);
    }

    record ItemsWithK(List<Integer> items, int k) {
    }

    /** Small values so counts tie often; k anywhere from 0 to the number of distinct items. */
    @Provide
    Arbitrary<ItemsWithK> itemsWithK() {
        return Arbitraries.integers().between(-6, 6).list().ofMaxSize(40).flatMap(items -> {
            int distinct = (int) items.stream().distinct().count();
            return Arbitraries.integers().between(0, distinct).map(k -> new ItemsWithK(List.copyOf(items), k));
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("with k = 8 and every item occurring twice, tie-break calls grow as O(m), not O(m log m)")
    void tieBreakCallsAreLinearForFixedK() {
        assertComplexity(Complexity.counting("tie-break calls for k = 8 among m distinct items", m -> {
            Counter calls = new Counter();
            MostFrequent.top(everyItemTwice(m), 8, calls.<Integer>naturalOrder());
            return calls.count();
        }).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LINEAR);
    }

    /**
     * m distinct values, each twice, shuffled. The values are i times an odd constant, so their numeric order
     * is unrelated to the order in which a hash map lists them (a sort then has real work to do).
     */
    static List<Integer> everyItemTwice(int m) {
        List<Integer> items = new ArrayList<>(2 * m);
        for (int i = 0; i < m; i++) {
            items.add(scrambled(i));
            items.add(scrambled(i));
        }
        Collections.shuffle(items, new Random(m));
        return items;
    }

    static int scrambled(int i) {
        return i * 0x9E3779B1;
    }

    @BenchCheck
    @DisplayName("the whole count and rank takes linear time for fixed k (JMH)")
    void topBenchmark() {
        assertComplexity(Complexity.jmh("top 8 of n items", MostFrequentBenchmark.class, "top")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEAR);
    }
}
