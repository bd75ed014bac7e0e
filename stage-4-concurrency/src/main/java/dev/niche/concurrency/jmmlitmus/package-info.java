/**
 * <b>JMM litmus tests</b> (quiz; checkpoint 4.2: explain happens-before and the memory model).
 *
 * <p>"It works on my machine" is the most expensive sentence in concurrent code. Your laptop runs x86, which
 * hides most reorderings; the JIT, an ARM server, or the next JDK may not. What a Java program may do is fixed
 * by one contract, the Java Memory Model (JLS chapter 17), and litmus tests are how people who build JVMs reason
 * about it: a few threads, a few shared fields, and the question "which final register values are possible?".
 *
 * <p><b>Your task:</b> for each of the twelve tests in {@link dev.niche.concurrency.jmmlitmus.Litmus}, return
 * from {@link dev.niche.concurrency.jmmlitmus.Answers} the set of outcomes the JMM allows. The rules you need:
 * <ul>
 *   <li>Within one thread, program order holds for that thread. Across threads, program order alone orders
 *       nothing: a read sees the last write to its field that happens-before it, or any write it is not ordered
 *       with by happens-before (a data race), but never a write that happens after it.</li>
 *   <li>A volatile write synchronizes-with every volatile read that sees it; an unlock of a monitor
 *       synchronizes-with every later lock of the same monitor. Happens-before is program order plus these
 *       edges, closed under transitivity.</li>
 *   <li>Volatile accesses (and locks) form one total synchronization order, consistent with each thread's program
 *       order, that every thread agrees on; a volatile read sees the last write before it in that order.</li>
 *   <li>Final fields are frozen at the end of the constructor: a thread that obtains a reference to the object
 *       after that sees them set, even through a data race, provided {@code this} did not escape.</li>
 * </ul>
 *
 * <p>Each test is one check, graded against a hashed key. A wrong set is reported with its first wrong outcome,
 * whether the JMM allows or forbids it, and the rule that decides. An outcome can be allowed although a given
 * JVM on a given CPU rarely or never shows it: the contract is what counts.
 */
package dev.niche.concurrency.jmmlitmus;
