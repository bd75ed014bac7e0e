package dev.niche.dsa.searchrotated;

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
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

@Kata(id = "dsa/search-rotated", title = "Find an id in a rotated ring", order = 80, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class RingLogTest {
    private static final int[] RING = {40, 52, 77, 3, 9, 15};

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("finds every id of a rotated ring, in either run and at the ends of both")
    void findsEveryId() {
        for (int slot = 0; slot < RING.length; slot++) {
            assertThat(slotOf(RING, RING[slot])).as("slotOf(%s, %d)", Arrays.toString(RING), RING[slot])
                    .isEqualTo(slot);
        }
    }

    @Test
    @DisplayName("an id that is not stored answers -1: below, above, inside a run, between the runs")
    void missingIds() {
        for (int id : new int[] {-7, 1, 10, 20, 60, 100}) {
            assertThat(slotOf(RING, id)).as("slotOf(%s, %d)", Arrays.toString(RING), id).isEqualTo(-1);
        }
    }

    @Test
    @DisplayName("a ring that starts at slot 0 is simply ascending")
    void notRotated() {
        int[] ascending = {3, 9, 15, 40, 52, 77};
        assertThat(slotOf(ascending, 40)).as("slotOf(%s, 40)", Arrays.toString(ascending)).isEqualTo(3);
        assertThat(slotOf(ascending, 3)).as("slotOf(%s, 3)", Arrays.toString(ascending)).isZero();
        assertThat(slotOf(ascending, 41)).as("slotOf(%s, 41)", Arrays.toString(ascending)).isEqualTo(-1);
    }

    @Test
    @DisplayName("a ring whose second run is a single slot")
    void secondRunOfOne() {
        int[] ring = {2, 4, 6, 8, 1};
        assertThat(slotOf(ring, 1)).as("slotOf(%s, 1)", Arrays.toString(ring)).isEqualTo(4);
        assertThat(slotOf(ring, 8)).as("slotOf(%s, 8)", Arrays.toString(ring)).isEqualTo(3);
        assertThat(slotOf(ring, 5)).as("slotOf(%s, 5)", Arrays.toString(ring)).isEqualTo(-1);
    }

    @Test
    @DisplayName("an empty ring answers -1; a ring of one or two slots works")
    void tinyRings() {
        assertThat(slotOf(new int[0], 5)).as("slotOf([], 5)").isEqualTo(-1);
        assertThat(slotOf(new int[] {5}, 5)).as("slotOf([5], 5)").isZero();
        assertThat(slotOf(new int[] {5}, 4)).as("slotOf([5], 4)").isEqualTo(-1);
        assertThat(slotOf(new int[] {5, 1}, 1)).as("slotOf([5, 1], 1)").isEqualTo(1);
        assertThat(slotOf(new int[] {5, 1}, 5)).as("slotOf([5, 1], 5)").isZero();
        assertThat(slotOf(new int[] {5, 1}, 3)).as("slotOf([5, 1], 3)").isEqualTo(-1);
    }

    @Test
    @DisplayName("negative ids and the extremes of int are ids like any other")
    void extremes() {
        int[] ring = {-5, Integer.MAX_VALUE, Integer.MIN_VALUE, -100};
        for (int slot = 0; slot < ring.length; slot++) {
            assertThat(slotOf(ring, ring[slot])).as("slotOf(%s, %d)", Arrays.toString(ring), ring[slot])
                    .isEqualTo(slot);
        }
        assertThat(slotOf(ring, 0)).as("slotOf(%s, 0)", Arrays.toString(ring)).isEqualTo(-1);
        assertThat(slotOf(ring, Integer.MAX_VALUE - 1)).as("slotOf(%s, MAX_VALUE - 1)", Arrays.toString(ring))
                .isEqualTo(-1);
    }

    @Test
    @DisplayName("null slots are rejected with a message naming them")
    void rejectsNull() {
        assertThatThrownBy(() -> RingLog.slotOf(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("slots");
    }

    @Test
    @DisplayName("a negative size is rejected with a message naming the size")
    void rejectsNegativeSize() {
        Slots broken = new Slots() {
            @Override
            public int size() {
                return -3;
            }

            @Override
            public int get(int index) {
                throw new IndexOutOfBoundsException(index);
            }
        };
        assertThatThrownBy(() -> RingLog.slotOf(broken, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 500)
    @Label("agrees with reading every slot, for small ids (many hits, misses between the runs)")
    void matchesScanOnSmallIds(@ForAll("smallRings") RingWithId input) {
        assertThat(slotOf(input.ring(), input.id())).as("slotOf(%s, %d)", Arrays.toString(input.ring()), input.id())
                .isEqualTo(scan(input.ring(), input.id()));
    }

    @Property(tries = 300)
    @Label("agrees with reading every slot, for ids anywhere in the int range")
    void matchesScanOnAnyIds(@ForAll("wideRings") RingWithId input) {
        assertThat(slotOf(input.ring(), input.id())).as("slotOf(%s, %d)", Arrays.toString(input.ring()), input.id())
                .isEqualTo(scan(input.ring(), input.id()));
    }

    /** The oracle: read every slot. */
    private static int scan(int[] ring, int id) {
        for (int i = 0; i < ring.length; i++) {
            if (ring[i] == id) {
                return i;
            }
        }
        return -1;
    }

    record RingWithId(int[] ring, int id) {
        @Override
        public String toString() {
            return "ring " + Arrays.toString(ring) + ", id " + id;
        }
    }

    @Provide
    Arbitrary<RingWithId> smallRings() {
        return rings(Arbitraries.integers().between(-30, 30).set().ofMaxSize(40),
                Arbitraries.integers().between(-32, 32));
    }

    @Provide
    Arbitrary<RingWithId> wideRings() {
        return rings(Arbitraries.integers().set().ofMaxSize(40), Arbitraries.integers());
    }

    /**
     * Distinct ids sorted, then rotated by a random amount. Half the time the id is one of the stored ones
     * (picked by position), otherwise it is drawn from {@code ids}.
     */
    private static Arbitrary<RingWithId> rings(Arbitrary<Set<Integer>> sets, Arbitrary<Integer> ids) {
        Arbitrary<Integer> rotations = Arbitraries.integers().between(0, 1000);
        Arbitrary<Integer> picks = Arbitraries.integers().between(-1000, 1000);
        return Combinators.combine(sets, rotations, picks, ids).as((set, rotation, pick, id) -> {
            int[] sorted = set.stream().mapToInt(Integer::intValue).sorted().toArray();
            int n = sorted.length;
            int[] ring = new int[n];
            for (int i = 0; i < n; i++) {
                ring[i] = sorted[(i + rotation) % n];
            }
            return new RingWithId(ring, pick >= 0 && n > 0 ? ring[pick % n] : id);
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reads at most 3 * (floor(log2 n) + 1) slots per query, for every rotation and id")
    void readBudget() {
        Random random = new Random(80);
        for (int n : new int[] {0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1000, 4096}) {
            int budget = 3 * (32 - Integer.numberOfLeadingZeros(n));
            int[] rotations = n <= 100 ? IntStream.range(0, Math.max(n, 1)).toArray()
                    : new int[] {0, 1, n / 2, n - 1, random.nextInt(n), random.nextInt(n), random.nextInt(n)};
            for (int rotation : rotations) {
                for (int id = -1; id <= 2 * n; id++) {
                    EvenRing ring = new EvenRing(n, rotation);
                    RingLog.slotOf(ring, id);
                    assertThat(ring.reads.count())
                            .as("reads to look up %d in the even numbers 0..%d rotated by %d, %s (budget %d)",
                                    id, 2 * n - 2, rotation, ring.preview(), budget)
                            .isLessThanOrEqualTo(budget);
                }
            }
        }
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reads per query grow as O(log n)")
    void readsGrowLogarithmically() {
        assertComplexity(Complexity.counting("slot reads per query", n -> {
            Random random = new Random(n);
            EvenRing ring = new EvenRing(n, random.nextInt(n));
            int queries = 64;
            for (int q = 0; q < queries; q++) {
                RingLog.slotOf(ring, random.nextInt(2 * n + 1) - 1);
            }
            return ring.reads.count() / queries;
        }).sizes(powersOfTwo(8, 18))).isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("a query takes sublinear time (JMH)")
    void queryBenchmark() {
        assertComplexity(Complexity.jmh("query", RingLogBenchmark.class, "query")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static int slotOf(int[] ring, int id) {
        return RingLog.slotOf(new ArraySlots(ring), id);
    }

    /** Slots backed by an array. */
    private record ArraySlots(int[] ids) implements Slots {
        @Override
        public int size() {
            return ids.length;
        }

        @Override
        public int get(int index) {
            return ids[index];
        }
    }

    /**
     * The even numbers 0, 2, ..., 2n - 2 rotated left by {@code rotation}: slot i holds 2 * ((i + rotation) mod n).
     * Computed, not stored, so any size fits in cache; counts its reads.
     */
    static final class EvenRing implements Slots {
        final Counter reads = new Counter();
        private final int n;
        private final int rotation;

        EvenRing(int n, int rotation) {
            this.n = n;
            this.rotation = rotation;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public int get(int index) {
            if (index < 0 || index >= n) {
                throw new IndexOutOfBoundsException("slot " + index + " of a ring of " + n);
            }
            reads.tick();
            return 2 * (int) ((index + (long) rotation) % n);
        }

        String preview() {
            int shown = Math.min(n, 8);
            List<Integer> head = IntStream.range(0, shown).map(i -> 2 * ((i + rotation) % n))
                    .boxed().toList();
            return "slots " + head.toString().replace("]", n > shown ? ", ...]" : "]");
        }
    }
}
