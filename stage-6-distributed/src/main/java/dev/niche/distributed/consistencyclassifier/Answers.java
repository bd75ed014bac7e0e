package dev.niche.distributed.consistencyclassifier;

/** Your answers: for each history of {@link History}, the strongest model it satisfies. */
public final class Answers {
    private Answers() {
    }

    public static Strongest h1() {
        throw new UnsupportedOperationException("TODO: classify H1");
    }

    public static Strongest h2() {
        throw new UnsupportedOperationException("TODO: classify H2");
    }

    public static Strongest h3() {
        throw new UnsupportedOperationException("TODO: classify H3");
    }

    public static Strongest h4() {
        throw new UnsupportedOperationException("TODO: classify H4");
    }

    public static Strongest h5() {
        throw new UnsupportedOperationException("TODO: classify H5");
    }

    public static Strongest h6() {
        throw new UnsupportedOperationException("TODO: classify H6");
    }

    public static Strongest h7() {
        throw new UnsupportedOperationException("TODO: classify H7");
    }

    public static Strongest h8() {
        throw new UnsupportedOperationException("TODO: classify H8");
    }

    public static Strongest h9() {
        throw new UnsupportedOperationException("TODO: classify H9");
    }

    public static Strongest h10() {
        throw new UnsupportedOperationException("TODO: classify H10");
    }
}
