package dev.niche.foundations.complexityquiz;

/** The growth classes to answer with, slowest-growing first. Logs are base 2, though the base never matters. */
public enum BigO {
    /** O(1): the same work whatever n is. */
    CONSTANT,
    /** O(log n): n is halved (or divided by a constant) at each step. */
    LOG_N,
    /** O(sqrt n). */
    SQRT_N,
    /** O(n). */
    N,
    /** O(n log n). */
    N_LOG_N,
    /** O(n^2). */
    N_SQUARED,
    /** O(n^3). */
    N_CUBED,
    /** O(2^n). */
    TWO_TO_THE_N,
    /** O(n!). */
    N_FACTORIAL
}
