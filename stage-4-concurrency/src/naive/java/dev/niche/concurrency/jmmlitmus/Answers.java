package dev.niche.concurrency.jmmlitmus;

import java.util.HashSet;
import java.util.Set;

/**
 * Naive variant: the sequential-consistency intuition. It allows exactly the outcomes some interleaving of the
 * statements produces, so it forbids every reordering of plain accesses the JMM allows, ignores that a lock
 * only helps a reader that locks too, and trusts non-final fields to be published with their object.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Litmus#SB_PLAIN}. */
    public static Set<Outcome> sbPlain() {
        return Set.of(Outcome.of(0, 1), Outcome.of(1, 0), Outcome.of(1, 1));
    }

    /** {@link Litmus#SB_VOLATILE}. */
    public static Set<Outcome> sbVolatile() {
        return Set.of(Outcome.of(0, 1), Outcome.of(1, 0), Outcome.of(1, 1));
    }

    /** {@link Litmus#MP_PLAIN}. */
    public static Set<Outcome> mpPlain() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /** {@link Litmus#MP_VOLATILE}. */
    public static Set<Outcome> mpVolatile() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /** {@link Litmus#MP_LOCK}. */
    public static Set<Outcome> mpLock() {
        return Set.of(Outcome.of(0, 0), Outcome.of(1, 1));
    }

    /** {@link Litmus#MP_LOCK_WRITER_ONLY}. */
    public static Set<Outcome> mpLockWriterOnly() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /** {@link Litmus#HB_CHAIN}. */
    public static Set<Outcome> hbChain() {
        return allExcept(Litmus.HB_CHAIN, Outcome.of(1, 1, 0));
    }

    /** {@link Litmus#LB_PLAIN}. */
    public static Set<Outcome> lbPlain() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 0));
    }

    /** {@link Litmus#IRIW_VOLATILE}. */
    public static Set<Outcome> iriwVolatile() {
        return allExcept(Litmus.IRIW_VOLATILE, Outcome.of(1, 0, 1, 0));
    }

    /** {@link Litmus#CORR_PLAIN}. */
    public static Set<Outcome> corrPlain() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /** {@link Litmus#CORR_VOLATILE}. */
    public static Set<Outcome> corrVolatile() {
        return Set.of(Outcome.of(0, 0), Outcome.of(0, 1), Outcome.of(1, 1));
    }

    /** {@link Litmus#FINAL_FIELD}. */
    public static Set<Outcome> finalField() {
        return Set.of(Outcome.of(-1, -1), Outcome.of(42, 42));
    }

    private static Set<Outcome> allExcept(Litmus test, Outcome forbidden) {
        Set<Outcome> allowed = new HashSet<>(test.candidates());
        allowed.remove(forbidden);
        return allowed;
    }
}
