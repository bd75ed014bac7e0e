package dev.niche.foundations.complexityquiz;

/**
 * The answer key. In solution mode the grader measures every snippet and checks this key against the
 * measurements (time by timing or by exact counts, space by allocation and by stack depth).
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Snippets#countInversions}. */
    public static Answer countInversions() {
        return new Answer(BigO.N_SQUARED, BigO.CONSTANT);
    }

    /** {@link Snippets#countTriples}. */
    public static Answer countTriples() {
        return new Answer(BigO.N_CUBED, BigO.CONSTANT);
    }

    /** {@link Snippets#halvings}. */
    public static Answer halvings() {
        return new Answer(BigO.LOG_N, BigO.CONSTANT);
    }

    /** {@link Snippets#doublingBlocks}. */
    public static Answer doublingBlocks() {
        return new Answer(BigO.N, BigO.CONSTANT);
    }

    /** {@link Snippets#visitMultiples}. */
    public static Answer visitMultiples() {
        return new Answer(BigO.N_LOG_N, BigO.CONSTANT);
    }

    /** {@link Snippets#squareRootCeiling}. */
    public static Answer squareRootCeiling() {
        return new Answer(BigO.SQRT_N, BigO.CONSTANT);
    }

    /** {@link Snippets#sumFrom}. */
    public static Answer sumFrom() {
        return new Answer(BigO.N, BigO.N);
    }

    /** {@link Snippets#fibonacci}. */
    public static Answer fibonacci() {
        return new Answer(BigO.TWO_TO_THE_N, BigO.N);
    }

    /** {@link Snippets#sumHalves}. */
    public static Answer sumHalves() {
        return new Answer(BigO.N, BigO.LOG_N);
    }

    /** {@link Snippets#contains}. */
    public static Answer contains() {
        return new Answer(BigO.LOG_N, BigO.LOG_N);
    }

    /** {@link Snippets#firstIntegers}. */
    public static Answer firstIntegers() {
        return new Answer(BigO.N, BigO.N);
    }

    /** {@link Snippets#serveAll}. */
    public static Answer serveAll() {
        return new Answer(BigO.N_SQUARED, BigO.CONSTANT);
    }

    /** {@link Snippets#hasDuplicate}. */
    public static Answer hasDuplicate() {
        return new Answer(BigO.N, BigO.N);
    }

    /** {@link Snippets#median}. */
    public static Answer median() {
        return new Answer(BigO.N_LOG_N, BigO.N);
    }

    /** {@link Snippets#reversed}. */
    public static Answer reversed() {
        return new Answer(BigO.N, BigO.N);
    }
}
