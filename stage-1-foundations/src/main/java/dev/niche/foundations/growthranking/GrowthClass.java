package dev.niche.foundations.growthranking;

/**
 * Nine growth classes, each with the usual way to write it. Logs are base 2, though the base never changes a
 * class.
 *
 * <p>The constants are declared in alphabetical order of their names, which says nothing about how fast they
 * grow: ordering them is your job, in {@link GrowthOrder}. Do not compare {@link #ordinal()}s.
 */
public enum GrowthClass {
    /** 1: the same work whatever n is. */
    CONSTANT("1"),
    /** log n. */
    LOG_N("log n"),
    /** n. */
    N("n"),
    /** n^3. */
    N_CUBED("n^3"),
    /** n! = 1 * 2 * ... * n. */
    N_FACTORIAL("n!"),
    /** n log n. */
    N_LOG_N("n log n"),
    /** n^2. */
    N_SQUARED("n^2"),
    /** sqrt n. */
    SQRT_N("sqrt n"),
    /** 2^n. */
    TWO_TO_THE_N("2^n");

    private final String notation;

    GrowthClass(String notation) {
        this.notation = notation;
    }

    /** How the class is usually written, for example {@code "n log n"}. */
    public String notation() {
        return notation;
    }
}
