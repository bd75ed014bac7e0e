package dev.niche.distributed.consistencyclassifier;

/**
 * The strict intuition: "a read that misses a finished write is broken". It ranks every anomaly below causal and
 * any overlap below linearizable, and so misses what the weaker models allow.
 */
public final class Answers {
    private Answers() {
    }

    public static Strongest h1() {
        return Strongest.LINEARIZABLE;
    }

    public static Strongest h2() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h3() {
        return Strongest.SEQUENTIAL;
    }

    public static Strongest h4() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h5() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h6() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h7() {
        return Strongest.LINEARIZABLE;
    }

    public static Strongest h8() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h9() {
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h10() {
        return Strongest.SEQUENTIAL;
    }
}
