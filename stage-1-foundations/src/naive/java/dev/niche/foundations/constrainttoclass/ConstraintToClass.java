package dev.niche.foundations.constrainttoclass;

/**
 * From an input bound to the class that fits.
 *
 * <p>Naive variant: careful about overflow, but it asks for a cost strictly below the budget, so a class
 * whose cost equals the budget is refused and the answer drops one class at every exact boundary: n = 10,000
 * with 10^8 operations gives N_LOG_N instead of N_SQUARED.
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

    public static GrowthClass classFor(long n, long budget) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, got " + n);
        }
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be at least 1, got " + budget);
        }
        GrowthClass fastest = GrowthClass.CONSTANT;
        for (GrowthClass growth : GrowthClass.values()) {
            if (below(cost(growth, n, budget), budget)) {
                fastest = growth;
            }
        }
        return fastest;
    }

    /** The cost, or -1 when it exceeds the budget (computed without overflowing). */
    private static long cost(GrowthClass growth, long n, long budget) {
        long log = Long.SIZE - Long.numberOfLeadingZeros(n - 1);
        switch (growth) {
            case CONSTANT: return 1;
            case LOG_N: return log;
            case SQRT_N: return ceilSqrt(n);
            case N: return n;
            case N_LOG_N: return times(n, log, budget);
            case N_SQUARED: return times(n, n, budget);
            case N_CUBED: return times(times(n, n, budget), n, budget);
            case TWO_TO_THE_N: return n < Long.SIZE - 1 ? 1L << n : -1;
            default:
                long factorial = 1;
                for (long factor = 2; factor <= n && factorial >= 0; factor++) {
                    factorial = times(factorial, factor, budget);
                }
                return factorial;
        }
    }

    private static boolean below(long cost, long budget) {
        return cost >= 0 && cost < budget;
    }

    private static long times(long a, long b, long budget) {
        if (a < 0 || (b != 0 && a > budget / b)) {
            return -1;
        }
        return a * b;
    }

    private static long ceilSqrt(long n) {
        long root = (long) Math.sqrt((double) n);
        while (root > 0 && root > n / root) {
            root--;
        }
        while (root + 1 <= n / (root + 1)) {
            root++;
        }
        return root * root == n ? root : root + 1;
    }
}
