package dev.niche.foundations.growthranking;

import java.util.Comparator;
import java.util.Objects;

/**
 * Naive variant: a ladder with sqrt n and log n swapped, from the feeling that a square root shrinks things
 * more than a logarithm does. It is a perfectly lawful order (antisymmetric, transitive), just not the order of
 * growth: at n = 2^20, sqrt n is 1024 while log n is 20.
 */
public final class GrowthOrder implements Comparator<GrowthClass> {

    @Override
    public int compare(GrowthClass left, GrowthClass right) {
        Objects.requireNonNull(left, "left must not be null");
        Objects.requireNonNull(right, "right must not be null");
        return Integer.compare(rank(left), rank(right));
    }

    private static int rank(GrowthClass growth) {
        switch (growth) {
            case CONSTANT: return 0;
            case SQRT_N: return 1;
            case LOG_N: return 2;
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
