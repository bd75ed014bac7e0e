package dev.niche.foundations.complexityquiz;

/**
 * Naive variant: the answers of someone who pattern-matches instead of deriving. "Two loops" is not always
 * n^2, a recursion uses stack, a library call can hide a loop, a harmonic sum is not n^2.
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
        return new Answer(BigO.N_LOG_N, BigO.CONSTANT);
    }

    /** {@link Snippets#visitMultiples}. */
    public static Answer visitMultiples() {
        return new Answer(BigO.N_SQUARED, BigO.CONSTANT);
    }

    /** {@link Snippets#squareRootCeiling}. */
    public static Answer squareRootCeiling() {
        return new Answer(BigO.N, BigO.CONSTANT);
    }

    /** {@link Snippets#sumFrom}. */
    public static Answer sumFrom() {
        return new Answer(BigO.N, BigO.CONSTANT);
    }

    /** {@link Snippets#fibonacci}. */
    public static Answer fibonacci() {
        return new Answer(BigO.TWO_TO_THE_N, BigO.TWO_TO_THE_N);
    }

    /** {@link Snippets#sumHalves}. */
    public static Answer sumHalves() {
        return new Answer(BigO.N_LOG_N, BigO.N);
    }

    /** {@link Snippets#contains}. */
    public static Answer contains() {
        return new Answer(BigO.LOG_N, BigO.CONSTANT);
    }

    /** {@link Snippets#firstIntegers}. */
    public static Answer firstIntegers() {
        return new Answer(BigO.N, BigO.N);
    }

    /** {@link Snippets#serveAll}. */
    public static Answer serveAll() {
        return new Answer(BigO.N, BigO.CONSTANT);
    }

    /** {@link Snippets#hasDuplicate}. */
    public static Answer hasDuplicate() {
        return new Answer(BigO.N, BigO.N);
    }

    /** {@link Snippets#median}. */
    public static Answer median() {
        return new Answer(BigO.N_LOG_N, BigO.CONSTANT);
    }

    /** {@link Snippets#reversed}. */
    public static Answer reversed() {
        return new Answer(BigO.N, BigO.N);
    }
}
