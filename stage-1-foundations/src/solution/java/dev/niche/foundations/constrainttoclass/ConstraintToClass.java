package dev.niche.foundations.constrainttoclass;

/**
 * From an input bound to the class that fits.
 *
 * <p>Reference solution. Every test is "cost ≤ budget" rearranged so that nothing overflows: a product a · b
 * fits when a ≤ budget / b (whole-number division loses nothing here, because a is whole), a power of two is
 * built only while it is below 2^63, and n! is multiplied up one factor at a time, stopping as soon as it
 * passes the budget (by 21 factors at most, since 21! exceeds any long).
 */
public final class ConstraintToClass {
    /** About how many simple operations a program runs in a second: the budget when none is given. */
    public static final long TYPICAL_BUDGET = 100_000_000L;

    /** The first r with r² above {@link Long#MAX_VALUE}: with a budget this large, every ⌈√n⌉ fits. */
    private static final long SQRT_OF_LONG_RANGE = 3_037_000_500L;

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
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + budget);
        }
        GrowthClass fastest = GrowthClass.CONSTANT;
        for (GrowthClass growth : GrowthClass.values()) {
            if (fits(growth, n, budget)) {
                fastest = growth;
            }
        }
        return fastest;
    }

    private static boolean fits(GrowthClass growth, long n, long budget) {
        switch (growth) {
            case CONSTANT:
                return true;
            case LOG_N:
                return ceilLog2(n) <= budget;
            case SQRT_N:
                // ⌈√n⌉ ≤ budget exactly when n ≤ budget², which needs no square root at all.
                return budget >= SQRT_OF_LONG_RANGE || n <= budget * budget;
            case N:
                return n <= budget;
            case N_LOG_N:
                return productFits(n, ceilLog2(n), budget);
            case N_SQUARED:
                return productFits(n, n, budget);
            case N_CUBED:
                return productFits(n, n, budget) && productFits(n * n, n, budget);
            case TWO_TO_THE_N:
                return n < Long.SIZE - 1 && 1L << n <= budget;
            case N_FACTORIAL:
                return factorialFits(n, budget);
            default:
                throw new IllegalArgumentException("unknown growth class " + growth);
        }
    }

    /** ⌈log₂ n⌉ for n ≥ 1: the number of bits of n - 1. */
    private static long ceilLog2(long n) {
        return Long.SIZE - Long.numberOfLeadingZeros(n - 1);
    }

    /** a · b ≤ budget, for a, b ≥ 0, without computing a · b. */
    private static boolean productFits(long a, long b, long budget) {
        return b == 0 || a <= budget / b;
    }

    private static boolean factorialFits(long n, long budget) {
        long factorial = 1;
        for (long factor = 2; factor <= n; factor++) {
            if (!productFits(factorial, factor, budget)) {
                return false;
            }
            factorial *= factor;
        }
        return true;
    }
}
