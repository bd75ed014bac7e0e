package dev.niche.dsa.minshipcapacity;

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

@Kata(id = "dsa/min-ship-capacity", title = "The smallest ferry that meets the deadline", order = 90,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class ShippingPlannerTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("[3, 2, 2, 4, 1, 4] crosses in 3 days with capacity 6, not 5")
    void statementExample() {
        assertThat(minCapacity(new int[] {3, 2, 2, 4, 1, 4}, 3)).as("minCapacity([3, 2, 2, 4, 1, 4], 3 days)")
                .isEqualTo(6);
    }

    @Test
    @DisplayName("in one day the ferry must carry the total weight")
    void oneDay() {
        assertThat(minCapacity(new int[] {5, 1, 7, 2}, 1)).as("minCapacity([5, 1, 7, 2], 1 day)").isEqualTo(15);
    }

    @Test
    @DisplayName("with a day per package or more, the heaviest package decides")
    void dayPerPackage() {
        assertThat(minCapacity(new int[] {5, 1, 7, 2}, 4)).as("minCapacity([5, 1, 7, 2], 4 days)").isEqualTo(7);
        assertThat(minCapacity(new int[] {5, 1, 7, 2}, 100)).as("minCapacity([5, 1, 7, 2], 100 days)")
                .isEqualTo(7);
    }

    @Test
    @DisplayName("order matters: the answer can exceed both the heaviest package and total / days")
    void orderMatters() {
        assertThat(minCapacity(new int[] {4, 4, 4}, 2)).as("minCapacity([4, 4, 4], 2 days)").isEqualTo(8);
        assertThat(minCapacity(new int[] {1, 9, 1, 9, 1}, 2)).as("minCapacity([1, 9, 1, 9, 1], 2 days)")
                .isEqualTo(11);
    }

    @Test
    @DisplayName("one package needs exactly its weight; no packages need capacity 0")
    void tinyManifests() {
        assertThat(minCapacity(new int[] {42}, 3)).as("minCapacity([42], 3 days)").isEqualTo(42);
        assertThat(minCapacity(new int[0], 1)).as("minCapacity([], 1 day)").isZero();
    }

    @Test
    @DisplayName("heavy packages: the answer goes beyond the range of int")
    void beyondInt() {
        int max = Integer.MAX_VALUE;
        assertThat(minCapacity(new int[] {max, 5, 1}, 1)).as("minCapacity([MAX_VALUE, 5, 1], 1 day)")
                .isEqualTo(max + 6L);
        assertThat(minCapacity(new int[] {3, max, 4, max}, 2)).as("minCapacity([3, MAX_VALUE, 4, MAX_VALUE], 2 days)")
                .isEqualTo(max + 4L);
    }

    @Test
    @DisplayName("a null manifest is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> ShippingPlanner.minCapacity(null, 2))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("manifest");
    }

    @Test
    @DisplayName("days below 1 are rejected with a message naming days")
    void rejectsNoDays() {
        for (int days : new int[] {0, -1, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> minCapacity(new int[] {1, 2}, days)).as("minCapacity([1, 2], days = %d)", days)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        }
    }

    @Test
    @DisplayName("a package weighing 0 or less is rejected with a message naming the weight and its index")
    void rejectsNonPositiveWeight() {
        assertThatThrownBy(() -> minCapacity(new int[] {5, 7, 0, 3}, 2)).as("minCapacity([5, 7, 0, 3], 2 days)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight").hasMessageContaining("2");
        assertThatThrownBy(() -> minCapacity(new int[] {-4}, 2)).as("minCapacity([-4], 2 days)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight").hasMessageContaining("0");
    }

    @Test
    @DisplayName("a negative manifest size is rejected with a message naming the size")
    void rejectsNegativeSize() {
        Manifest broken = new Manifest() {
            @Override
            public int size() {
                return -1;
            }

            @Override
            public int weight(int index) {
                throw new IndexOutOfBoundsException(index);
            }
        };
        assertThatThrownBy(() -> ShippingPlanner.minCapacity(broken, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying every way of cutting the queue into at most days groups")
    void matchesEveryCut(@ForAll("shipments") Shipment shipment) {
        assertThat(minCapacity(shipment.weights(), shipment.days()))
                .as("minCapacity(%s, days = %d)", Arrays.toString(shipment.weights()), shipment.days())
                .isEqualTo(bestCut(shipment.weights(), shipment.days()));
    }

    /**
     * The oracle, straight from the definition: every set of cut points between consecutive packages gives one
     * plan; keep the plans with at most {@code days} groups and return the lightest heaviest group.
     */
    private static long bestCut(int[] weights, int days) {
        int n = weights.length;
        if (n == 0) {
            return 0;
        }
        long best = Long.MAX_VALUE;
        for (int cuts = 0; cuts < 1 << (n - 1); cuts++) {
            if (Integer.bitCount(cuts) + 1 > days) {
                continue;
            }
            long heaviestGroup = 0;
            long group = 0;
            for (int i = 0; i < n; i++) {
                group += weights[i];
                boolean cutAfter = i == n - 1 || (cuts & (1 << i)) != 0;
                if (cutAfter) {
                    heaviestGroup = Math.max(heaviestGroup, group);
                    group = 0;
                }
            }
            best = Math.min(best, heaviestGroup);
        }
        return best;
    }

    record Shipment(int[] weights, int days) {
        @Override
        public String toString() {
            return "weights " + Arrays.toString(weights) + ", days " + days;
        }
    }

    /** Light packages and few of them, so the oracle stays fast and equal weights are common. */
    @Provide
    Arbitrary<Shipment> shipments() {
        return Combinators.combine(Arbitraries.integers().between(1, 12).array(int[].class).ofMaxSize(11),
                Arbitraries.integers().between(1, 13)).as(Shipment::new);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("scans the manifest at most n * (floor(log2 S) + 3) times, S the total weight")
    void scanBudget() {
        Random random = new Random(90);
        for (int n : new int[] {1, 2, 3, 10, 100, 1000}) {
            for (int maxWeight : new int[] {1, 10, 1000, 1_000_000_000, Integer.MAX_VALUE}) {
                int[] weights = random.ints(n, 0, maxWeight).map(w -> w + 1).toArray();
                for (int days : new int[] {1, 2, 3, Math.max(1, n / 2), n, n + 5}) {
                    assertWithinBudget(weights, days, "%d random weights in 1..%d".formatted(n, maxWeight));
                }
            }
        }
        int[] descending = IntStream.range(0, 300).map(i -> 300 - i).toArray();
        assertWithinBudget(descending, 7, "the weights 300, 299, ..., 1");
        for (int n : new int[] {10, 100, 1000}) {
            int[] equal = new int[n];
            Arrays.fill(equal, 1000);
            assertWithinBudget(equal, n - 1, "%d packages of weight 1000".formatted(n));
        }
    }

    private static void assertWithinBudget(int[] weights, int days, String described) {
        long total = Arrays.stream(weights).asLongStream().sum();
        long budget = (long) weights.length * (64 - Long.numberOfLeadingZeros(total) + 2);
        ScannedManifest manifest = new ScannedManifest(weights, budget);
        try {
            ShippingPlanner.minCapacity(manifest, days);
        } catch (OverBudget e) {
            throw new AssertionError(String.format("minCapacity(%s, days = %d) scanned more than its budget of %d"
                    + " (n * (floor(log2 S) + 3), with n = %d and S = %d)", shown(weights, described), days, budget,
                    weights.length, total));
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("scans grow as O(n log n): n packages of weight n in n - 1 days")
    void scansGrowAsNLogN() {
        assertComplexity(Complexity.counting("scans of the manifest", n -> {
            int[] weights = new int[n];
            Arrays.fill(weights, n);
            ScannedManifest manifest = new ScannedManifest(weights, Long.MAX_VALUE);
            ShippingPlanner.minCapacity(manifest, n - 1);
            return manifest.scans;
        }).sizes(powersOfTwo(6, 12))).isAtMost(Growth.LINEARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("allocates O(1) bytes: the manifest is scanned, never copied")
    void noCopy() {
        assertComplexity(Complexity.allocation("bytes allocated by minCapacity", Workload.of(
                n -> new ScannedManifest(new Random(n).ints(n, 1, 101).toArray(), Long.MAX_VALUE),
                manifest -> ShippingPlanner.minCapacity(manifest, manifest.size())))
                .sizes(powersOfTwo(8, 16))).isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("planning takes O(n log S) time: linear up to a log factor (JMH)")
    void planBenchmark() {
        assertComplexity(Complexity.jmh("minCapacity", ShippingPlannerBenchmark.class, "plan")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEARITHMIC);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static long minCapacity(int[] weights, int days) {
        return ShippingPlanner.minCapacity(new ScannedManifest(weights, Long.MAX_VALUE), days);
    }

    private static String shown(int[] weights, String described) {
        return weights.length <= 12 ? Arrays.toString(weights) : described;
    }

    /** A manifest backed by an array; counts its scans and stops the call once they pass {@code limit}. */
    static final class ScannedManifest implements Manifest {
        private final int[] weights;
        private final long limit;
        long scans;

        ScannedManifest(int[] weights, long limit) {
            this.weights = weights;
            this.limit = limit;
        }

        @Override
        public int size() {
            return weights.length;
        }

        @Override
        public int weight(int index) {
            if (++scans > limit) {
                throw new OverBudget();
            }
            return weights[index];
        }
    }

    /** Thrown through the learner's code when it scans past its budget; an Error, so no catch swallows it. */
    private static final class OverBudget extends Error {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super("over the scan budget", null, false, false);
        }
    }
}
