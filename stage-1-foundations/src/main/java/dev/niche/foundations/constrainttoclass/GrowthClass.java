package dev.niche.foundations.constrainttoclass;

/**
 * The growth classes to choose from, from the slowest-growing to the fastest-growing. Each constant's Javadoc
 * gives its cost at n, an exact whole number (see {@link ConstraintToClass}).
 */
public enum GrowthClass {
    /** Cost 1. */
    CONSTANT,
    /** Cost log n = ⌈log₂ n⌉, the smallest k with 2^k ≥ n: log 1 = 0, log 2 = 1, log 5 = 3, log 8 = 3. */
    LOG_N,
    /** Cost sqrt n = ⌈√n⌉, the smallest r with r² ≥ n: sqrt 1 = 1, sqrt 10 = 4, sqrt 16 = 4. */
    SQRT_N,
    /** Cost n. */
    N,
    /** Cost n · ⌈log₂ n⌉. */
    N_LOG_N,
    /** Cost n². */
    N_SQUARED,
    /** Cost n³. */
    N_CUBED,
    /** Cost 2^n. */
    TWO_TO_THE_N,
    /** Cost n! = 1 · 2 · ... · n. */
    N_FACTORIAL
}
