package dev.niche.foundations.growthranking;

import java.util.Comparator;
import java.util.Objects;

/**
 * Orders growth classes from the slowest-growing to the fastest-growing.
 *
 * <p>Reference solution: each class gets its rank on the ladder, and ranks are compared. The ladder holds
 * because each step is a ratio that tends to infinity: log n / 1, sqrt n / log n (any power of n beats any
 * power of log n), n / sqrt n, n log n / n, n^2 / (n log n) = n / log n, n^3 / n^2, 2^n / n^3 (an exponential
 * beats any polynomial), n! / 2^n (n! / 2^n = (1/2)(2/2)(3/2)...(n/2), whose factors keep growing).
 */
public final class GrowthOrder implements Comparator<GrowthClass> {

    @Override
    public int compare(GrowthClass left, GrowthClass right) {
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        return Integer.compare(rank(left), rank(right));
    }

    /** The position of {@code growth} on the ladder, slowest first. */
    private static int rank(GrowthClass growth) {
        switch (growth) {
            case CONSTANT: return 0;
            case LOG_N: return 1;
            case SQRT_N: return 2;
            case N: return 3;
            case N_LOG_N: return 4;
            case N_SQUARED: return 5;
            case N_CUBED: return 6;
            case TWO_TO_THE_N: return 7;
            case N_FACTORIAL: return 8;
            default: throw new IllegalArgumentException("unknown growth class " + growth);
        }
    }
}
