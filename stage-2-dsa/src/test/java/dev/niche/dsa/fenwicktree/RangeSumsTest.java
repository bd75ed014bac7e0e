package dev.niche.dsa.fenwicktree;

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
import java.util.List;
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

@Kata(id = "dsa/fenwick-tree", title = "Range totals under point corrections, both O(log n)", order = 350,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class RangeSumsTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("sums a range of slots, from included, to excluded")
    void sumsRanges() {
        RangeSums meter = new RangeSums(5);
        meter.add(0, 3);
        meter.add(2, 4);
        meter.add(4, -1);
        assertThat(meter.sum(0, 5)).as("sum(0, 5) of [3, 0, 4, 0, -1]").isEqualTo(6);
        assertThat(meter.sum(1, 3)).as("sum(1, 3) of [3, 0, 4, 0, -1]").isEqualTo(4);
        assertThat(meter.sum(4, 5)).as("sum(4, 5) of [3, 0, 4, 0, -1]").isEqualTo(-1);
        assertThat(meter.sum(2, 2)).as("sum(2, 2), an empty range").isZero();
        assertThat(meter.sum(5, 5)).as("sum(5, 5), the empty range at the end").isZero();
    }

    @Test
    @DisplayName("corrections to the same slot add up; a negative one takes back")
    void correctionsAccumulate() {
        RangeSums meter = new RangeSums(3);
        meter.add(1, 5);
        meter.add(1, 5);
        meter.add(1, -2);
        assertThat(meter.sum(1, 2)).as("slot 1 after +5, +5, -2").isEqualTo(8);
        assertThat(meter.sum(0, 3)).as("sum(0, 3) after +5, +5, -2 on slot 1").isEqualTo(8);
    }

    @Test
    @DisplayName("no slots: size 0, and sum(0, 0) is 0; one slot works too")
    void tinyMeters() {
        RangeSums none = new RangeSums(0);
        assertThat(none.size()).as("size of new RangeSums(0)").isZero();
        assertThat(none.sum(0, 0)).as("sum(0, 0) with no slots").isZero();
        RangeSums one = new RangeSums(1);
        one.add(0, -7);
        assertThat(one.size()).as("size of new RangeSums(1)").isEqualTo(1);
        assertThat(one.sum(0, 1)).as("sum(0, 1) after add(0, -7)").isEqualTo(-7);
    }

    @Test
    @DisplayName("totals wrap around like long arithmetic")
    void wrapsAround() {
        RangeSums meter = new RangeSums(3);
        meter.add(0, Long.MAX_VALUE);
        meter.add(1, 1);
        meter.add(2, Long.MIN_VALUE);
        assertThat(meter.sum(0, 2)).as("MAX_VALUE + 1").isEqualTo(Long.MIN_VALUE);
        assertThat(meter.sum(1, 2)).as("slot 1 alone").isEqualTo(1);
        assertThat(meter.sum(0, 3)).as("MAX_VALUE + 1 + MIN_VALUE").isZero();
        assertThat(meter.sum(2, 3)).as("slot 2 alone").isEqualTo(Long.MIN_VALUE);
    }

    @Test
    @DisplayName("a million slots are cheap to set up and to use at both ends")
    void largeMeter() {
        RangeSums meter = new RangeSums(1_000_000);
        meter.add(0, 1);
        meter.add(999_999, 2);
        assertThat(meter.sum(0, 1_000_000)).as("sum over a million slots").isEqualTo(3);
        assertThat(meter.sum(1, 999_999)).as("sum(1, 999999), between the two corrected slots").isZero();
    }

    @Test
    @DisplayName("a negative n is rejected with an IllegalArgumentException naming n and its value")
    void rejectsNegativeSize() {
        assertThatThrownBy(() -> new RangeSums(-3)).as("new RangeSums(-3)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n").hasMessageContaining("-3");
    }

    @Test
    @DisplayName("an index outside 0..n-1 is rejected naming index and its value, and changes nothing")
    void rejectsBadIndex() {
        RangeSums meter = new RangeSums(4);
        meter.add(3, 10);
        for (int index : new int[] {-1, 4, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> meter.add(index, 1)).as("add(%d, 1) with 4 slots", index)
                    .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("index")
                    .hasMessageContaining(Integer.toString(index));
        }
        assertThatThrownBy(() -> new RangeSums(0).add(0, 1)).as("add(0, 1) with no slots")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("index");
        assertThat(meter.sum(0, 4)).as("sum(0, 4) after add(3, 10) and the rejected adds").isEqualTo(10);
    }

    @Test
    @DisplayName("a range outside 0 <= from <= to <= n is rejected naming from and to and their values")
    void rejectsBadRange() {
        RangeSums meter = new RangeSums(4);
        for (int[] range : new int[][] {{-1, 2}, {0, 5}, {3, 2}, {5, 5}, {Integer.MIN_VALUE, Integer.MAX_VALUE}}) {
            assertThatThrownBy(() -> meter.sum(range[0], range[1])).as("sum(%d, %d) with 4 slots", range[0], range[1])
                    .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("from")
                    .hasMessageContaining("to").hasMessageContaining(Integer.toString(range[0]))
                    .hasMessageContaining(Integer.toString(range[1]));
        }
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("after any corrections, every range total equals adding up the slots of a plain array")
    void matchesPlainArray(@ForAll("meters") Meter meter) {
        RangeSums sums = new RangeSums(meter.slots());
        long[] plain = new long[meter.slots()];
        for (Correction c : meter.corrections()) {
            sums.add(c.index(), c.delta());
            plain[c.index()] += c.delta();
        }
        for (int from = 0; from <= plain.length; from++) {
            long expected = 0;
            for (int to = from; to <= plain.length; to++) {
                assertThat(sums.sum(from, to)).as("sum(%d, %d) after %s", from, to, meter).isEqualTo(expected);
                if (to < plain.length) {
                    expected += plain[to];
                }
            }
        }
    }

    record Correction(int index, long delta) {
        @Override
        public String toString() {
            return "add(" + index + ", " + delta + ")";
        }
    }

    record Meter(int slots, List<Correction> corrections) {
        @Override
        public String toString() {
            return slots + " slots, " + corrections;
        }
    }

    /**
     * Up to 20 slots and 12 corrections (a correction drawn for slot i goes to slot i mod n); deltas small, or
     * any long, so that MIN_VALUE and MAX_VALUE come up.
     */
    @Provide
    Arbitrary<Meter> meters() {
        Arbitrary<Long> deltas = Arbitraries.oneOf(Arbitraries.longs().between(-9, 9), Arbitraries.longs());
        Arbitrary<List<Correction>> corrections = Combinators.combine(Arbitraries.integers().between(0, 19), deltas)
                .as(Correction::new).list().ofMaxSize(12);
        return Combinators.combine(Arbitraries.integers().between(1, 20), corrections).as((slots, drawn) ->
                new Meter(slots, drawn.stream().map(c -> new Correction(c.index() % slots, c.delta())).toList()));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("a correction, a total over half the slots or more, and its undo take sublinear time (timing)")
    void mixedOperationIsSublinear() {
        assertComplexity(Complexity.timing("add + sum + add back", MIXED).sizes(powersOfTwo(10, 16)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("a correction, a wide total and the correction undone are sublinear (JMH)")
    void mixedOperationBenchmark() {
        assertComplexity(Complexity.jmh("add + sum + add back", RangeSumsBenchmark.class, "mixed")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }

    static final Workload<Traffic> MIXED = Workload.of(Traffic::new, Traffic::mixed);

    /** n slots holding 0, 1, ..., n - 1, and a cursor that walks over them; shared with the JMH benchmark. */
    static final class Traffic {
        private final RangeSums meter;
        private final int n;
        private int cursor;

        Traffic(int n) {
            this.n = n;
            meter = new RangeSums(n);
            for (int i = 0; i < n; i++) {
                meter.add(i, i);
            }
        }

        /** Corrects one slot, totals at least half the slots around it, and undoes the correction. */
        long mixed() {
            cursor = (cursor + 7919) % n;
            meter.add(cursor, 5);
            long total = meter.sum(cursor / 4, n - cursor / 4);
            meter.add(cursor, -5);
            return total;
        }
    }
}
