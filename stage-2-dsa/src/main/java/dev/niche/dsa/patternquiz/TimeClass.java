package dev.niche.dsa.patternquiz;

/**
 * The time classes to answer with. n and m are the sizes that each problem names in its own Javadoc. Answer
 * with the tightest class of the list that bounds the worst case (the expected case where hashing is involved),
 * and treat the inverse Ackermann factor of union-find as a constant.
 */
public enum TimeClass {
    /** O(1). */
    CONSTANT,
    /** O(log n). */
    LOG_N,
    /** O(n). */
    N,
    /** O(n log n). */
    N_LOG_N,
    /** O(n log m). */
    N_LOG_M,
    /** O(n * m). */
    N_TIMES_M,
    /** O(n^2). */
    N_SQUARED,
    /** O(n^3). */
    N_CUBED,
    /** O(2^n): exponential growth; any c^n with 1 < c <= 2, such as 1.6^n, is in it too. */
    TWO_TO_THE_N,
    /** O(n * 2^n). */
    N_TIMES_TWO_TO_THE_N,
    /** O(n!). */
    N_FACTORIAL,
    /** O(n * n!). */
    N_TIMES_N_FACTORIAL
}
