package dev.niche.concurrency.jmmlitmus;

import java.util.Set;

/**
 * Your answers: one method per {@link Litmus} test, each returning every outcome the Java Memory Model allows for
 * that test, for example {@code return Set.of(Outcome.of(0, 1), Outcome.of(1, 1));}. Choose from the test's
 * {@link Litmus#candidates()}. A wrong set is reported with its first wrong outcome: whether the JMM allows or
 * forbids it, and the rule that decides.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Litmus#SB_PLAIN}. */
    public static Set<Outcome> sbPlain() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.SB_PLAIN");
    }

    /** {@link Litmus#SB_VOLATILE}. */
    public static Set<Outcome> sbVolatile() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.SB_VOLATILE");
    }

    /** {@link Litmus#MP_PLAIN}. */
    public static Set<Outcome> mpPlain() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.MP_PLAIN");
    }

    /** {@link Litmus#MP_VOLATILE}. */
    public static Set<Outcome> mpVolatile() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.MP_VOLATILE");
    }

    /** {@link Litmus#MP_LOCK}. */
    public static Set<Outcome> mpLock() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.MP_LOCK");
    }

    /** {@link Litmus#MP_LOCK_WRITER_ONLY}. */
    public static Set<Outcome> mpLockWriterOnly() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.MP_LOCK_WRITER_ONLY");
    }

    /** {@link Litmus#HB_CHAIN}. */
    public static Set<Outcome> hbChain() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.HB_CHAIN");
    }

    /** {@link Litmus#LB_PLAIN}. */
    public static Set<Outcome> lbPlain() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.LB_PLAIN");
    }

    /** {@link Litmus#IRIW_VOLATILE}. */
    public static Set<Outcome> iriwVolatile() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.IRIW_VOLATILE");
    }

    /** {@link Litmus#CORR_PLAIN}. */
    public static Set<Outcome> corrPlain() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.CORR_PLAIN");
    }

    /** {@link Litmus#CORR_VOLATILE}. */
    public static Set<Outcome> corrVolatile() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.CORR_VOLATILE");
    }

    /** {@link Litmus#FINAL_FIELD}. */
    public static Set<Outcome> finalField() {
        throw new UnsupportedOperationException("TODO: the outcomes the JMM allows for Litmus.FINAL_FIELD");
    }
}
