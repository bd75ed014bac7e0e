package dev.niche.foundations.constrainttoclass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grades {@link ConstraintToClass#classFor}: each class's last n under the typical budget and the n just
 * after it, the corners where long arithmetic overflows or doubles round, and bad input; then random n and
 * budgets, and budgets right at a class's cost, against an exact oracle in {@link BigInteger}.
 */
@Kata(id = "foundations/constraint-to-class", title = "From an input bound to the class that fits", order = 40,
        checkpoints = "1.2", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class ConstraintToClassTest {
    static final long MAX = Long.MAX_VALUE;

    // ---- examples: the boundaries under the typical budget of 10^8 ------------------------------------------

    @Test
    @DisplayName("n! fits 10^8 operations up to n = 11 (11! = 39,916,800); at n = 12 it is 2^n")
    void factorialBoundary() {
        assertTypical(11, GrowthClass.N_FACTORIAL);
        assertTypical(12, GrowthClass.TWO_TO_THE_N);
    }

    @Test
    @DisplayName("2^n fits up to n = 26 (2^26 = 67,108,864); at n = 27 it is n^3")
    void exponentialBoundary() {
        assertTypical(26, GrowthClass.TWO_TO_THE_N);
        assertTypical(27, GrowthClass.N_CUBED);
    }

    @Test
    @DisplayName("n^3 fits up to n = 464 (99,897,344); at n = 465 it is n^2")
    void cubicBoundary() {
        assertTypical(464, GrowthClass.N_CUBED);
        assertTypical(465, GrowthClass.N_SQUARED);
    }

    @Test
    @DisplayName("a cost equal to the budget fits: n^2 at n = 10,000 is exactly 10^8; at n = 10,001 it is n log n")
    void quadraticBoundaryIsInclusive() {
        assertTypical(10_000, GrowthClass.N_SQUARED);
        assertTypical(10_001, GrowthClass.N_LOG_N);
    }

    @Test
    @DisplayName("n log n fits up to n = 4,347,826 (times log n = 23: 99,999,998); at 4,347,827 it is n")
    void linearithmicBoundary() {
        assertTypical(4_347_826, GrowthClass.N_LOG_N);
        assertTypical(4_347_827, GrowthClass.N);
    }

    @Test
    @DisplayName("n fits up to n = 10^8 exactly; at 10^8 + 1 it is sqrt n")
    void linearBoundary() {
        assertTypical(100_000_000L, GrowthClass.N);
        assertTypical(100_000_001L, GrowthClass.SQRT_N);
    }

    @Test
    @DisplayName("sqrt n fits up to n = 10^16 (sqrt = 10^8 exactly); at 10^16 + 1 it is log n, which a double misses")
    void squareRootBoundary() {
        assertTypical(10_000_000_000_000_000L, GrowthClass.SQRT_N);
        assertTypical(10_000_000_000_000_001L, GrowthClass.LOG_N);
    }

    // ---- examples: small budgets, small n, the top of the long range ----------------------------------------

    @Test
    @DisplayName("log n rounds up: with a budget of 5, n = 32 affords log n (5) and n = 33 only 1 (log 33 = 6)")
    void logarithmBoundary() {
        assertClass(32, 5, GrowthClass.LOG_N);
        assertClass(33, 5, GrowthClass.CONSTANT);
    }

    @Test
    @DisplayName("for small n the answer is the fastest class that fits, even past one that does not")
    void smallNPastAGap() {
        assertClass(3, 7, GrowthClass.N_FACTORIAL);
        assertClass(1, 1, GrowthClass.N_FACTORIAL);
        assertClass(2, 1, GrowthClass.LOG_N);
        assertClass(1, 100_000_000L, GrowthClass.N_FACTORIAL);
    }

    @Test
    @DisplayName("no overflow near Long.MAX_VALUE: n^2, 2^n and n! are compared exactly")
    void noOverflow() {
        assertTypical(MAX, GrowthClass.LOG_N);
        assertClass(3_037_000_499L, MAX, GrowthClass.N_SQUARED);
        assertClass(3_037_000_500L, MAX, GrowthClass.N_LOG_N);
        assertClass(62, MAX, GrowthClass.TWO_TO_THE_N);
        assertClass(63, MAX, GrowthClass.N_CUBED);
        assertClass(20, MAX, GrowthClass.N_FACTORIAL);
        assertClass(21, MAX, GrowthClass.TWO_TO_THE_N);
    }

    @Test
    @DisplayName("n below 1 is rejected with IllegalArgumentException whose message starts with n and shows it")
    void rejectsBadN() {
        assertRejected(0, 100, "n ", "0");
        assertRejected(-5, 100, "n ", "-5");
        assertRejected(Long.MIN_VALUE, 100, "n ", String.valueOf(Long.MIN_VALUE));
        assertThatThrownBy(() -> ConstraintToClass.classFor(0))
                .as("classFor(0) with the typical budget")
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("n ");
    }

    @Test
    @DisplayName("a budget below 1 is rejected with IllegalArgumentException whose message starts with budget")
    void rejectsBadBudget() {
        assertRejected(10, 0, "budget ", "0");
        assertRejected(10, -7, "budget ", "-7");
    }

    static void assertTypical(long n, GrowthClass expected) {
        assertThat(ConstraintToClass.classFor(n)).as("classFor(%d), budget 10^8", n).isEqualTo(expected);
    }

    static void assertClass(long n, long budget, GrowthClass expected) {
        assertThat(ConstraintToClass.classFor(n, budget)).as("classFor(%d, %d)", n, budget).isEqualTo(expected);
    }

    static void assertRejected(long n, long budget, String start, String value) {
        assertThatThrownBy(() -> ConstraintToClass.classFor(n, budget))
                .as("classFor(%d, %d)", n, budget)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(start)
                .hasMessageContaining(value);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 1000)
    @Label("agrees with an exact oracle for any n and budget")
    void agreesWithOracle(@ForAll("sizes") long n, @ForAll("budgets") long budget) {
        assertAgrees(n, budget);
    }

    @Property(tries = 1000)
    @Label("agrees with the oracle when the budget is a class's exact cost, or one operation either side")
    void agreesAtEveryClassBoundary(@ForAll("sizes") long n, @ForAll GrowthClass growth,
                                    @ForAll @IntRange(min = -1, max = 1) int offset) {
        BigInteger budget = exactCost(growth, n).add(BigInteger.valueOf(offset))
                .max(BigInteger.ONE).min(BigInteger.valueOf(MAX));
        assertAgrees(n, budget.longValueExact());
    }

    static void assertAgrees(long n, long budget) {
        assertThat(ConstraintToClass.classFor(n, budget))
                .as("classFor(%d, %d); the costs at n = %d are %s", n, budget, n, costs(n))
                .isEqualTo(oracle(n, budget));
    }

    @Provide
    Arbitrary<Long> sizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(1, 70)),
                Tuple.of(3, Arbitraries.longs().between(71, 100_000_000L)),
                Tuple.of(3, Arbitraries.longs().between(1, MAX)));
    }

    @Provide
    Arbitrary<Long> budgets() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(100_000_000L)),
                Tuple.of(3, Arbitraries.longs().between(1, 1000)),
                Tuple.of(2, Arbitraries.longs().between(1000, 1_000_000_000_000L)),
                Tuple.of(3, Arbitraries.longs().between(1, MAX)));
    }

    // ---- the oracle: exact costs in BigInteger ----------------------------------------------------------------

    /** Above every long budget: 2^n and n! are not computed past it. */
    static final BigInteger BEYOND_LONG = BigInteger.ONE.shiftLeft(64);

    /** The last class, in GrowthClass order, whose exact cost is at most the budget. */
    static GrowthClass oracle(long n, long budget) {
        GrowthClass answer = null;
        for (GrowthClass growth : GrowthClass.values()) {
            if (exactCost(growth, n).compareTo(BigInteger.valueOf(budget)) <= 0) {
                answer = growth;
            }
        }
        return answer;
    }

    /**
     * The cost the statement defines, straight from each definition; 2^n and n! stop at the first value above
     * 2^64, which is all a long budget can tell.
     */
    static BigInteger exactCost(GrowthClass growth, long n) {
        BigInteger big = BigInteger.valueOf(n);
        switch (growth) {
            case CONSTANT:
                return BigInteger.ONE;
            case LOG_N:
                int k = 0;
                while (BigInteger.ONE.shiftLeft(k).compareTo(big) < 0) {
                    k++;
                }
                return BigInteger.valueOf(k);
            case SQRT_N:
                BigInteger root = big.sqrt();
                return root.multiply(root).equals(big) ? root : root.add(BigInteger.ONE);
            case N:
                return big;
            case N_LOG_N:
                return big.multiply(exactCost(GrowthClass.LOG_N, n));
            case N_SQUARED:
                return big.pow(2);
            case N_CUBED:
                return big.pow(3);
            case TWO_TO_THE_N:
                return BigInteger.ONE.shiftLeft((int) Math.min(n, 65));
            case N_FACTORIAL:
                BigInteger factorial = BigInteger.ONE;
                for (long factor = 2; factor <= n && factorial.compareTo(BEYOND_LONG) <= 0; factor++) {
                    factorial = factorial.multiply(BigInteger.valueOf(factor));
                }
                return factorial;
            default:
                throw new AssertionError("no cost for " + growth);
        }
    }

    /** Every class's cost at n, for failure messages. */
    static String costs(long n) {
        return Arrays.stream(GrowthClass.values())
                .map(growth -> growth + " " + (exactCost(growth, n).compareTo(BEYOND_LONG) > 0
                        ? "> 2^64" : exactCost(growth, n).toString()))
                .collect(Collectors.joining(", "));
    }
}
