package dev.niche.dsa.knapsack;

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
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/knapsack", title = "Most value within a weight limit", order = 290, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class KnapsackTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("with room for 10, parcels of weight 6, 5, 5 and value 12, 9, 9 are best sent as the two 5s: 18")
    void bestRatioFirstIsNotEnough() {
        assertThat(Knapsack.bestValue(new int[] {6, 5, 5}, new int[] {12, 9, 9}, 10))
                .as("bestValue(weights {6, 5, 5}, values {12, 9, 9}, capacity 10)").isEqualTo(18);
    }

    @Test
    @DisplayName("the most valuable item is not always in the best load: weights 5, 3, 3, values 10, 7, 7, room 6")
    void mostValuableFirstIsNotEnough() {
        assertThat(Knapsack.bestValue(new int[] {5, 3, 3}, new int[] {10, 7, 7}, 6))
                .as("bestValue(weights {5, 3, 3}, values {10, 7, 7}, capacity 6)").isEqualTo(14);
    }

    @Test
    @DisplayName("weights 1, 3, 4, 5 and values 1, 4, 5, 7 with room 7: 3 + 4 gives 9")
    void fourItems() {
        assertThat(Knapsack.bestValue(new int[] {1, 3, 4, 5}, new int[] {1, 4, 5, 7}, 7))
                .as("bestValue(weights {1, 3, 4, 5}, values {1, 4, 5, 7}, capacity 7)").isEqualTo(9);
    }

    @Test
    @DisplayName("each item goes at most once, however much room is left")
    void eachItemOnce() {
        assertThat(Knapsack.bestValue(new int[] {2}, new int[] {3}, 10))
                .as("bestValue(weights {2}, values {3}, capacity 10)").isEqualTo(3);
    }

    @Test
    @DisplayName("no items, or nothing that fits, is worth 0; weightless items fit even with capacity 0")
    void emptyLoads() {
        assertThat(Knapsack.bestValue(new int[0], new int[0], 50)).as("bestValue({}, {}, 50)").isZero();
        assertThat(Knapsack.bestValue(new int[] {5, 7}, new int[] {1, 2}, 4))
                .as("bestValue(weights {5, 7}, values {1, 2}, capacity 4)").isZero();
        assertThat(Knapsack.bestValue(new int[] {0, 1}, new int[] {5, 4}, 0))
                .as("bestValue(weights {0, 1}, values {5, 4}, capacity 0)").isEqualTo(5);
    }

    @Test
    @DisplayName("values adding up past Integer.MAX_VALUE are summed as a long")
    void largeValues() {
        assertThat(Knapsack.bestValue(new int[] {1, 1}, new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}, 2))
                .as("bestValue(weights {1, 1}, values {MAX_VALUE, MAX_VALUE}, capacity 2)")
                .isEqualTo(2L * Integer.MAX_VALUE);
    }

    @Test
    @DisplayName("a capacity of Integer.MAX_VALUE with light items takes them all, quickly")
    void hugeCapacity() {
        assertThat(Knapsack.bestValue(new int[] {3, 4, 5}, new int[] {10, 20, 30}, Integer.MAX_VALUE))
                .as("bestValue(weights {3, 4, 5}, values {10, 20, 30}, capacity MAX_VALUE)").isEqualTo(60);
    }

    @Test
    @DisplayName("null arrays are rejected with a NullPointerException naming them")
    void rejectsNull() {
        assertThatThrownBy(() -> Knapsack.bestValue(null, new int[0], 5)).as("bestValue(null, {}, 5)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> Knapsack.bestValue(new int[0], null, 5)).as("bestValue({}, null, 5)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("arrays of different lengths are rejected with an IllegalArgumentException naming both")
    void rejectsLengthMismatch() {
        assertThatThrownBy(() -> Knapsack.bestValue(new int[] {1, 2}, new int[] {3}, 5))
                .as("bestValue(weights {1, 2}, values {3}, capacity 5)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights")
                .hasMessageContaining("values");
    }

    @Test
    @DisplayName("a negative weight or value is rejected with an IllegalArgumentException naming it")
    void rejectsNegativeItems() {
        assertThatThrownBy(() -> Knapsack.bestValue(new int[] {1, -2}, new int[] {3, 4}, 5))
                .as("bestValue(weights {1, -2}, values {3, 4}, capacity 5)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weights[1]");
        assertThatThrownBy(() -> Knapsack.bestValue(new int[] {1, 2}, new int[] {-3, 4}, 5))
                .as("bestValue(weights {1, 2}, values {-3, 4}, capacity 5)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values[0]");
    }

    @Test
    @DisplayName("a negative capacity is rejected with an IllegalArgumentException naming it")
    void rejectsNegativeCapacity() {
        for (int capacity : new int[] {-1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> Knapsack.bestValue(new int[] {1}, new int[] {1}, capacity))
                    .as("bestValue(weights {1}, values {1}, capacity %d)", capacity)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity");
        }
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("agrees with trying every set of items, for up to 12 items")
    void matchesEverySet(@ForAll("items") Items items, @ForAll @IntRange(max = 30) int capacity) {
        assertThat(Knapsack.bestValue(items.weights().clone(), items.values().clone(), capacity))
                .as("bestValue(weights %s, values %s, capacity %d)", Arrays.toString(items.weights()),
                        Arrays.toString(items.values()), capacity)
                .isEqualTo(bestByTryingEverySet(items, capacity));
    }

    @Property(tries = 200)
    @Label("room for everything takes everything")
    void roomForAllTakesAll(@ForAll("items") Items items, @ForAll @IntRange(max = 1000) int spare) {
        int capacity = Arrays.stream(items.weights()).sum() + spare;
        assertThat(Knapsack.bestValue(items.weights().clone(), items.values().clone(), capacity))
                .as("bestValue(weights %s, values %s, capacity %d)", Arrays.toString(items.weights()),
                        Arrays.toString(items.values()), capacity)
                .isEqualTo(Arrays.stream(items.values()).asLongStream().sum());
    }

    record Items(int[] weights, int[] values) {
    }

    /** The oracle: every subset of items, as the bits of a mask; the most value among those that fit. */
    private static long bestByTryingEverySet(Items items, int capacity) {
        long best = 0;
        for (int mask = 0; mask < 1 << items.weights().length; mask++) {
            long weight = 0;
            long value = 0;
            for (int i = 0; i < items.weights().length; i++) {
                if ((mask & 1 << i) != 0) {
                    weight += items.weights()[i];
                    value += items.values()[i];
                }
            }
            if (weight <= capacity) {
                best = Math.max(best, value);
            }
        }
        return best;
    }

    /** Up to 12 items, weights 0 to 10 and values 0 to 20, so that ties and weightless items happen. */
    @Provide
    Arbitrary<Items> items() {
        Arbitrary<List<int[]>> pairs = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 20)).as((w, v) -> new int[] {w, v}).list().ofMaxSize(12);
        return pairs.map(list -> new Items(list.stream().mapToInt(p -> p[0]).toArray(),
                list.stream().mapToInt(p -> p[1]).toArray()));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    /**
     * Weights from 34 to 50 with a capacity of 100: any two items fit together, no three do. The reference
     * does n * 101 steps; a search over the sets that fit visits about n^3 / 6 of them.
     */
    static final Workload<Load> PAIRS_FIT = Workload.of(n -> Load.random(n, 34, 50), Load::best);

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("with a capacity of 100, the time grows linearly with the number of items (timing)")
    void timeGrowsLinearlyWithItems() {
        assertComplexity(Complexity.timing("bestValue of n items, capacity 100", PAIRS_FIT)
                .sizes(8, 12, 16, 24, 32, 64, 128, 256, 512, 1024, 2048, 4096)).isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("with a capacity of 100, the bytes allocated do not grow with the number of items")
    void spaceDoesNotGrowWithItems() {
        assertComplexity(Complexity.allocation("bytes allocated for n items, capacity 100",
                Workload.of(n -> Load.random(n, 50, 90), Load::best)).sizes(powersOfTwo(1, 4)))
                .isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("n items with a capacity of 100 take linear time in n (JMH)")
    void bestValueBenchmark() {
        assertComplexity(Complexity.jmh("bestValue of n items, capacity 100", KnapsackBenchmark.class, "best")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEAR);
    }

    /** n items with random weights in [minWeight, maxWeight] and values in [1, 1000], and a capacity of 100. */
    record Load(int[] weights, int[] values) {
        static final int CAPACITY = 100;

        static Load random(int n, int minWeight, int maxWeight) {
            Random random = new Random(n);
            return new Load(random.ints(n, minWeight, maxWeight + 1).toArray(), random.ints(n, 1, 1001).toArray());
        }

        long best() {
            return Knapsack.bestValue(weights, values, CAPACITY);
        }
    }
}
