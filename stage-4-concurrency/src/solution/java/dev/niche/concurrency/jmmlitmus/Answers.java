package dev.niche.concurrency.jmmlitmus;

import java.util.HashSet;
import java.util.Set;

/** The answer key: the outcomes the Java Memory Model allows, each with the rule that decides. */
public final class Answers {
    private Answers() {
    }

    /** {@link Litmus#SB_PLAIN}: all four: with plain fields nothing orders a write before the other thread's read. */
    public static Set<Outcome> sbPlain() {
        return Set.copyOf(Litmus.SB_PLAIN.candidates());
    }

    /**
     * {@link Litmus#SB_VOLATILE}: (0, 0) is forbidden: in the one synchronization order, the later of the two reads
     * follows both writes.
     */
    public static Set<Outcome> sbVolatile() {
        return Set.of(Outcome.of(0, 1), Outcome.of(1, 0), Outcome.of(1, 1));
    }

    /** {@link Litmus#MP_PLAIN}: all four: a plain flag publishes nothing. */
    public static Set<Outcome> mpPlain() {
        return Set.copyOf(Litmus.MP_PLAIN.candidates());
    }

    /**
     * {@link Litmus#MP_VOLATILE}: (1, 0) is forbidden: the volatile write of flag publishes data = 1 to the read
     * that sees it.
     */
    public static Set<Outcome> mpVolatile() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /**
     * {@link Litmus#MP_LOCK}: only (0, 0) and (1, 1): the blocks run one after the other, and the unlock publishes
     * both writes.
     */
    public static Set<Outcome> mpLock() {
        return Set.of(Outcome.of(0, 0), Outcome.of(1, 1));
    }

    /**
     * {@link Litmus#MP_LOCK_WRITER_ONLY}: all four: a reader that does not lock gets nothing from the writer's lock.
     */
    public static Set<Outcome> mpLockWriterOnly() {
        return Set.copyOf(Litmus.MP_LOCK_WRITER_ONLY.candidates());
    }

    /**
     * {@link Litmus#HB_CHAIN}: all but (1, 1, 0): when both links hold, happens-before carries data = 1 through
     * Thread 2 to Thread 3.
     */
    public static Set<Outcome> hbChain() {
        return allExcept(Litmus.HB_CHAIN, Outcome.of(1, 1, 0));
    }

    /** {@link Litmus#LB_PLAIN}: all four: each thread's write may be performed before its read. */
    public static Set<Outcome> lbPlain() {
        return Set.copyOf(Litmus.LB_PLAIN.candidates());
    }

    /**
     * {@link Litmus#IRIW_VOLATILE}: all but (1, 0, 1, 0): the readers cannot disagree on the order of two volatile
     * writes.
     */
    public static Set<Outcome> iriwVolatile() {
        return allExcept(Litmus.IRIW_VOLATILE, Outcome.of(1, 0, 1, 0));
    }

    /**
     * {@link Litmus#CORR_PLAIN}: all four: for plain fields the JMM does not even promise that a second read is not
     * older than the first.
     */
    public static Set<Outcome> corrPlain() {
        return Set.copyOf(Litmus.CORR_PLAIN.candidates());
    }

    /** {@link Litmus#CORR_VOLATILE}: (1, 0) is forbidden: volatile reads of one field never go back in time. */
    public static Set<Outcome> corrVolatile() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /**
     * {@link Litmus#FINAL_FIELD}: f is guaranteed, g is not: only final fields are frozen at the end of the
     * constructor.
     */
    public static Set<Outcome> finalField() {
        return Set.of(Outcome.of(-1, -1), Outcome.of(42, 0), Outcome.of(42, 42));
    }

    private static Set<Outcome> allExcept(Litmus test, Outcome forbidden) {
        Set<Outcome> allowed = new HashSet<>(test.candidates());
        allowed.remove(forbidden);
        return allowed;
    }
}
