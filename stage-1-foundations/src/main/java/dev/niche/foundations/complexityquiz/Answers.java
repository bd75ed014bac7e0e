package dev.niche.foundations.complexityquiz;

/**
 * Your answers: one method per snippet of {@link Snippets}, each returning the snippet's time and extra
 * space, for example {@code return new Answer(BigO.N, BigO.CONSTANT);}. A wrong answer is reported with a
 * hint about that snippet, never with the answer itself.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Snippets#countInversions}. */
    public static Answer countInversions() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.countInversions");
    }

    /** {@link Snippets#countTriples}. */
    public static Answer countTriples() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.countTriples");
    }

    /** {@link Snippets#halvings}. */
    public static Answer halvings() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.halvings");
    }

    /** {@link Snippets#doublingBlocks}. */
    public static Answer doublingBlocks() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.doublingBlocks");
    }

    /** {@link Snippets#visitMultiples}. */
    public static Answer visitMultiples() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.visitMultiples");
    }

    /** {@link Snippets#squareRootCeiling}. */
    public static Answer squareRootCeiling() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.squareRootCeiling");
    }

    /** {@link Snippets#sumFrom}. */
    public static Answer sumFrom() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.sumFrom");
    }

    /** {@link Snippets#fibonacci}. */
    public static Answer fibonacci() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.fibonacci");
    }

    /** {@link Snippets#sumHalves}. */
    public static Answer sumHalves() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.sumHalves");
    }

    /** {@link Snippets#contains}. */
    public static Answer contains() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.contains");
    }

    /** {@link Snippets#firstIntegers}. */
    public static Answer firstIntegers() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.firstIntegers");
    }

    /** {@link Snippets#serveAll}. */
    public static Answer serveAll() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.serveAll");
    }

    /** {@link Snippets#hasDuplicate}. */
    public static Answer hasDuplicate() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.hasDuplicate");
    }

    /** {@link Snippets#median}. */
    public static Answer median() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.median");
    }

    /** {@link Snippets#reversed}. */
    public static Answer reversed() {
        throw new UnsupportedOperationException("TODO: time and extra space of Snippets.reversed");
    }
}
