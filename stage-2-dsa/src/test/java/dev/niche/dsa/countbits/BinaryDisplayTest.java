package dev.niche.dsa.countbits;

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
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Why this kata counts lamps up to n rather than filling a table of bit counts for every i up to n: building
 * that table by reusing earlier entries is O(n), and counting each number's bits is O(n log n), or O(n) with
 * {@link Integer#bitCount}, which is one instruction. Only a log factor, or nothing, separates them, and the
 * work inside plain int arithmetic cannot be counted. Here the brute force is linear and the bit-by-bit answer
 * takes O(log n) steps: a gap timing can see.
 */
@Kata(id = "dsa/count-bits", title = "Lamps lit by a binary counter, without counting to n", order = 340,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class BinaryDisplayTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("small runs: 0, 1, 1 + 1, and 0 + 1 + 1 + 2 + 1 + 2 = 7 up to 5")
    void smallRuns() {
        long[] expected = {0, 1, 2, 4, 5, 7, 9, 12, 13, 15, 17};
        for (int n = 0; n < expected.length; n++) {
            assertThat(BinaryDisplay.lampsLit(n)).as("lampsLit(%d)", n).isEqualTo(expected[n]);
        }
    }

    @Test
    @DisplayName("up to 2^k - 1, each of the k lamps is lit for half of the 2^k numbers: k * 2^(k-1)")
    void fullCycles() {
        for (int k = 1; k <= 28; k++) {
            int n = (1 << k) - 1;
            assertThat(BinaryDisplay.lampsLit(n)).as("lampsLit(2^%d - 1 = %d)", k, n).isEqualTo(k * (1L << k - 1));
        }
    }

    @Test
    @DisplayName("up to Integer.MAX_VALUE, n + 1 passes the int range and the answer is 31 * 2^30")
    void upToMaxValue() {
        assertThat(BinaryDisplay.lampsLit(Integer.MAX_VALUE)).as("lampsLit(Integer.MAX_VALUE)")
                .isEqualTo(31 * (1L << 30));
    }

    @Test
    @DisplayName("a negative n is rejected with an IllegalArgumentException naming n and its value")
    void rejectsNegative() {
        for (int n : new int[] {-1, -1000, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> BinaryDisplay.lampsLit(n)).as("lampsLit(%d)", n)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n")
                    .hasMessageContaining(Integer.toString(n));
        }
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("agrees with counting the 1 bits of every number from 0 to n, one bit at a time")
    void matchesCountingEveryNumber(@ForAll @IntRange(min = 0, max = 5000) int n) {
        long expected = 0;
        for (int number = 0; number <= n; number++) {
            for (int rest = number; rest != 0; rest >>>= 1) {
                expected += rest & 1;
            }
        }
        assertThat(BinaryDisplay.lampsLit(n)).as("lampsLit(%d)", n).isEqualTo(expected);
    }

    /**
     * The numbers 0..2m+1 pair up as 2i (the bits of i, then a 0) and 2i + 1 (the bits of i, then a 1), for i in
     * 0..m: so lampsLit(2m + 1) = 2 lampsLit(m) + m + 1, and lampsLit(2m) drops the ones of 2m + 1.
     */
    @Property(tries = 200)
    @Label("for larger n, obeys the pairing of 2i and 2i + 1")
    void obeysPairing(@ForAll @IntRange(min = 0, max = 1 << 20) int m) {
        long half = BinaryDisplay.lampsLit(m);
        assertThat(BinaryDisplay.lampsLit(2 * m + 1)).as("lampsLit(2 * %d + 1) against 2 lampsLit(%d) + %d + 1", m,
                m, m).isEqualTo(2 * half + m + 1);
        assertThat(BinaryDisplay.lampsLit(2 * m)).as("lampsLit(2 * %d) against lampsLit(2 * %d + 1) minus the ones "
                + "of 2 * %d + 1", m, m, m).isEqualTo(2 * half + m + 1 - Integer.bitCount(2 * m + 1));
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("lampsLit(n) takes time that does not grow in proportion to n (timing)")
    void lampsLitIsSublinear() {
        assertComplexity(Complexity.timing("lampsLit(n)", LAMPS_LIT).sizes(powersOfTwo(10, 20)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("lampsLit(n) is sublinear (JMH)")
    void lampsLitBenchmark() {
        assertComplexity(Complexity.jmh("lampsLit(n)", BinaryDisplayBenchmark.class, "lampsLit")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LOGARITHMIC);
    }

    /** The state is n itself, in a one-element array the run reads, so the JIT cannot fold it to a constant. */
    static final Workload<int[]> LAMPS_LIT = Workload.of(n -> new int[] {n - 1},
            state -> BinaryDisplay.lampsLit(state[0]));
}
