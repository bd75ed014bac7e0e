package dev.niche.foundations.constrainttoclass;

/**
 * From an input bound to the class that fits: "n is at most 10^5, about 10^8 simple operations run in a
 * second, so an O(n log n) algorithm is fine and O(n^2) is not". Given n and a budget of operations, find the
 * most expensive growth class that is still affordable.
 *
 * <h2>Contract</h2>
 * The cost of a class at n is the exact whole number its {@link GrowthClass} constant gives, with every
 * constant factor taken as 1:
 * <ul>
 *   <li>{@code CONSTANT}: 1; {@code LOG_N}: ⌈log₂ n⌉; {@code SQRT_N}: ⌈√n⌉; {@code N}: n;</li>
 *   <li>{@code N_LOG_N}: n · ⌈log₂ n⌉; {@code N_SQUARED}: n²; {@code N_CUBED}: n³;</li>
 *   <li>{@code TWO_TO_THE_N}: 2^n; {@code N_FACTORIAL}: n!.</li>
 * </ul>
 * ⌈log₂ n⌉ is the smallest k with 2^k ≥ n, and ⌈√n⌉ the smallest r with r² ≥ n, so both are whole numbers
 * (log 1 = 0, log 5 = 3, log 8 = 3; sqrt 10 = 4, sqrt 16 = 4).
 *
 * <p>A class fits when its cost is at most the budget (a cost equal to the budget fits). The answer is the
 * fastest-growing class that fits, in the order of {@link GrowthClass}. From n = 10 on, the costs never fall
 * along that order, so every class before the answer fits too. Below that they may: at n = 3, 3! = 6 is less
 * than 2^3 = 8, so with a budget of 7 the answer is {@code N_FACTORIAL} although {@code TWO_TO_THE_N} does
 * not fit. {@code CONSTANT} always fits, so there is always an answer.
 *
 * <h2>Exactness</h2>
 * n and the budget may be as large as {@link Long#MAX_VALUE}. Decide every comparison exactly: no cost may
 * overflow a long on its way to the comparison (n² already does for n above about 3.04 · 10^9, and 21! does),
 * and no double may stand in for a cost (a double holds 53 bits, so near 10^16 it cannot tell n from n + 1,
 * and {@code Math.sqrt} rounds). Costs above {@link Long#MAX_VALUE} simply do not fit.
 *
 * <h2>Bad input</h2>
 * {@link IllegalArgumentException} when n &lt; 1 or budget &lt; 1 (n is checked first). The message begins
 * with the argument's name followed by a space and contains its value, for example
 * {@code "n must be at least 1, got 0"} or {@code "budget must be at least 1, got -5"}.
 *
 * <h2>Required complexity</h2>
 * O(log n) time or better and O(1) space: n can be 10^18, so nothing may loop up to n.
 */
public final class ConstraintToClass {
    /** About how many simple operations a program runs in a second: the budget when none is given. */
    public static final long TYPICAL_BUDGET = 100_000_000L;

    private ConstraintToClass() {
    }

    /** {@link #classFor(long, long)} with the {@link #TYPICAL_BUDGET} of 10^8 operations. */
    public static GrowthClass classFor(long n) {
        return classFor(n, TYPICAL_BUDGET);
    }

    /**
     * The fastest-growing class whose cost at {@code n} is at most {@code budget}.
     *
     * @param n      the input size, at least 1
     * @param budget how many operations are affordable, at least 1
     */
    public static GrowthClass classFor(long n, long budget) {
        throw new UnsupportedOperationException("TODO: check the arguments, then return the last class in GrowthClass order whose cost fits");
    }
}
