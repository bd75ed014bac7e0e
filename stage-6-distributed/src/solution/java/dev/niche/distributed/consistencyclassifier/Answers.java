package dev.niche.distributed.consistencyclassifier;

/** The reference answers, each with the reason. */
public final class Answers {
    private Answers() {
    }

    public static Strongest h1() {
        // the read starts after the write returned and sees it
        return Strongest.LINEARIZABLE;
    }

    public static Strongest h2() {
        // the read starts after the write returned yet sees 0: put the read first, which only real time forbids
        return Strongest.SEQUENTIAL;
    }

    public static Strongest h3() {
        // both reads overlap the write and each other: c3 reads 0, then the write, then c2 reads 1, all inside their intervals
        return Strongest.LINEARIZABLE;
    }

    public static Strongest h4() {
        // c3 reads the old value after c2 already saw the new one; without real time, c3 can go first
        return Strongest.SEQUENTIAL;
    }

    public static Strongest h5() {
        // c3 and c4 see the two independent writes in opposite orders: no single order, but each view keeps causes first
        return Strongest.CAUSAL;
    }

    public static Strongest h6() {
        // c3 sees y = 2, written by c2 after it read x = 1, yet then reads x = 0: an effect without its cause
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h7() {
        // the writes overlap each other and both reads come after both writes returned, seeing them
        return Strongest.LINEARIZABLE;
    }

    public static Strongest h8() {
        // each client reads the other key before seeing the other write: fine for each view, impossible in one order
        return Strongest.CAUSAL;
    }

    public static Strongest h9() {
        // c2 sees x = 2, then x = 1; c1 wrote 1 before 2, so 1 cannot come after 2 in any causal view
        return Strongest.NONE_OF_THESE;
    }

    public static Strongest h10() {
        // the writes overlap: c2 writes 2 at about 2, c3 reads it, c1 writes 1 at about 3.5, c3 reads 1 later
        return Strongest.LINEARIZABLE;
    }
}
