package dev.niche.dsa.mergeksorted;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/merge-k-sorted", title = "Merge k sorted lists", order = 140, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class SortedMergeTest {
    private static final Comparator<Integer> ASCENDING = Comparator.naturalOrder();

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("merges three sorted lists into one sorted list")
    void mergesThreeLists() {
        List<List<Integer>> lists = List.of(List.of(1, 4, 9), List.of(2, 3, 10, 11), List.of(0, 5));
        assertThat(SortedMerge.merge(lists, ASCENDING)).as("merge(%s)", lists)
                .containsExactly(0, 1, 2, 3, 4, 5, 9, 10, 11);
    }

    @Test
    @DisplayName("empty lists are skipped; no lists at all merge into an empty list")
    void emptyLists() {
        List<List<Integer>> lists = List.of(List.of(), List.of(7), List.of(), List.of(3, 8));
        assertThat(SortedMerge.merge(lists, ASCENDING)).as("merge(%s)", lists).containsExactly(3, 7, 8);
        assertThat(SortedMerge.merge(List.<List<Integer>>of(), ASCENDING)).as("merge([])").isEmpty();
        assertThat(SortedMerge.merge(List.of(List.<Integer>of()), ASCENDING)).as("merge([[]])").isEmpty();
    }

    @Test
    @DisplayName("a single list comes back with the same elements in the same order")
    void singleList() {
        List<List<Integer>> lists = List.of(List.of(-3, -3, 0, 12));
        assertThat(SortedMerge.merge(lists, ASCENDING)).as("merge(%s)", lists).containsExactly(-3, -3, 0, 12);
    }

    @Test
    @DisplayName("equal elements come out earlier list first, and in their order within a list")
    void stableOnTies() {
        Comparator<String> byLength = Comparator.comparingInt(String::length);
        List<List<String>> lists = List.of(List.of("fig", "kiwi", "mango"), List.of("ash", "elm", "pine"),
                List.of("ant", "bee"));
        assertThat(SortedMerge.merge(lists, byLength)).as("merge(%s) by length", lists)
                .containsExactly("fig", "ash", "elm", "ant", "bee", "kiwi", "pine", "mango");
    }

    @Test
    @DisplayName("the comparator decides the order: lists sorted in descending order")
    void usesTheComparator() {
        List<List<Integer>> lists = List.of(List.of(9, 5, 1), List.of(8, 6), List.of(7));
        assertThat(SortedMerge.merge(lists, ASCENDING.reversed())).as("merge(%s, descending)", lists)
                .containsExactly(9, 8, 7, 6, 5, 1);
    }

    @Test
    @DisplayName("negative and extreme values and duplicates across lists are all kept")
    void extremeValues() {
        List<List<Integer>> lists = List.of(List.of(Integer.MIN_VALUE, 0, Integer.MAX_VALUE),
                List.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE));
        assertThat(SortedMerge.merge(lists, ASCENDING)).as("merge(%s)", lists)
                .containsExactly(Integer.MIN_VALUE, Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    @Test
    @DisplayName("a null list of lists, list inside it, or comparator is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> SortedMerge.merge(null, ASCENDING))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lists");
        assertThatThrownBy(() -> SortedMerge.merge(Arrays.asList(List.of(1), List.of(2), null), ASCENDING))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("lists[2]");
        assertThatThrownBy(() -> SortedMerge.merge(List.of(List.of(1)), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** An element compared by key only; list and position tell equal keys apart, so stability is visible. */
    record Tagged(int key, int list, int position) {
        @Override
        public String toString() {
            return key + "@" + list + "." + position;
        }
    }

    private static final Comparator<Tagged> BY_KEY = Comparator.comparingInt(Tagged::key);

    @Property(tries = 400)
    @Label("equals a stable sort of all the lists concatenated, for any sorted lists")
    void matchesStableSortOfConcatenation(@ForAll("sortedLists") List<List<Tagged>> lists) {
        List<Tagged> concatenated = new ArrayList<>();
        lists.forEach(concatenated::addAll);
        concatenated.sort(BY_KEY);
        assertThat(SortedMerge.merge(lists, BY_KEY)).as("merge(%s)", lists).isEqualTo(concatenated);
    }

    /** Up to 7 lists of up to 8 elements, keys from a small range so ties across lists are common. */
    @Provide
    Arbitrary<List<List<Tagged>>> sortedLists() {
        return Arbitraries.integers().between(-8, 8).list().ofMaxSize(8).list().ofMaxSize(7).map(keyLists -> {
            List<List<Tagged>> lists = new ArrayList<>();
            for (int l = 0; l < keyLists.size(); l++) {
                List<Integer> keys = keyLists.get(l).stream().sorted().toList();
                List<Tagged> list = new ArrayList<>();
                for (int p = 0; p < keys.size(); p++) {
                    list.add(new Tagged(keys.get(p), l, p));
                }
                lists.add(List.copyOf(list));
            }
            return List.copyOf(lists);
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("comparisons per element grow as O(log k) with k lists of 16 elements each")
    void comparisonsPerElementAreLogarithmicInK() {
        assertComplexity(Complexity.counting("comparisons per element, k lists of 16", k -> {
            Counter comparisons = new Counter();
            SortedMerge.merge(randomSortedLists(k, 16), comparisons.<Integer>naturalOrder());
            return comparisons.count() / (16L * k);
        }).sizes(powersOfTwo(4, 12))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("comparisons per element stay O(1) with 4 lists that grow longer")
    void comparisonsPerElementAreConstantForFixedK() {
        assertComplexity(Complexity.counting("comparisons per element, 4 lists of m", m -> {
            Counter comparisons = new Counter();
            SortedMerge.merge(randomSortedLists(4, m), comparisons.<Integer>naturalOrder());
            return comparisons.count() / (4L * m);
        }).sizes(powersOfTwo(6, 14))).isAtMost(Growth.CONSTANT);
    }

    /** k lists of m random values each, sorted; values spread over a range that makes the lists interleave. */
    private static List<List<Integer>> randomSortedLists(int k, int m) {
        Random random = new Random(31L * k + m);
        List<List<Integer>> lists = new ArrayList<>(k);
        for (int l = 0; l < k; l++) {
            lists.add(random.ints(m, 0, 4 * k * m).sorted().boxed().toList());
        }
        return lists;
    }

    @BenchCheck
    @DisplayName("merging n elements from n / 16 lists takes O(n log n) time, a linear slope (JMH)")
    void mergeBenchmark() {
        assertComplexity(Complexity.jmh("merge n elements", SortedMergeBenchmark.class, "merge")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEARITHMIC);
    }
}
