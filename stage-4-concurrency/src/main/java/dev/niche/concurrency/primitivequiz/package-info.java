/**
 * <b>Pick the primitive</b> (quiz; checkpoint 4.1: spot a data race and choose the primitive, with reasons).
 *
 * <p>In a design review, "make it thread-safe" is never the whole answer: a lock where a {@code LongAdder}
 * belongs costs throughput, an atomic where two fields must change together is a bug, and a
 * {@code ConcurrentHashMap} for a map no other thread ever sees is noise. The senior answer names the tool that
 * fits and says why.
 *
 * <p><b>Your task:</b> read the fourteen scenarios in {@link dev.niche.concurrency.primitivequiz.Scenario} and
 * answer each in {@link dev.niche.concurrency.primitivequiz.Answers} with one
 * {@link dev.niche.concurrency.primitivequiz.Primitive}. Each scenario has one best answer: correct, and no
 * heavier than the scenario needs.
 *
 * <p>Each scenario is one check. The answers are graded against a hashed key, so reading the test does not give
 * them away; a wrong choice is reported with the reason that tool fails or overshoots that scenario.
 */
package dev.niche.concurrency.primitivequiz;
