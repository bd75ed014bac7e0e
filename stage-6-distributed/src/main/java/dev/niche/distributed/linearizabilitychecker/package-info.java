/**
 * <h2>Linearizability checker: is this history of a register possible?</h2>
 *
 * <p>Before you build replicated storage, build the judge. Several clients read and write one shared register
 * (it starts at 0). For each operation you know who called it, what it wrote or read, when it was called and when
 * its answer came back. The history is <em>linearizable</em> if every operation can be given one instant between
 * its call and its return such that, replayed one at a time in the order of those instants, a single plain
 * register gives exactly the answers that were observed. Operations whose intervals overlap may take effect in
 * either order; an operation that returned before another was called takes effect first.
 *
 * <p>A write that never got an answer (its client timed out or crashed) may have taken effect at any instant
 * after its call, or never. A read that never got an answer tells nothing.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.linearizabilitychecker.RegisterChecker#isLinearizable}. Trying every
 * order is correct and hopeless beyond a dozen operations. The classic search (Wing and Gong) builds the order one
 * operation at a time, choosing only among operations that may go next, and backtracks; remembering which (set of
 * operations placed, register value) pairs already failed (Lowe) keeps it fast on long histories with little
 * concurrency. The same idea powers Porcupine and Knossos, the checkers behind Jepsen-style tests, and the stage's
 * own grader.
 *
 * <p><b>The checks.</b> Examples with the classic anomalies (a stale read, a new value then the old one again, a
 * value nobody wrote, writes that never answered); 3000 random small histories compared with the definition by
 * brute force; mid-size histories compared with the grader's checker; and long histories of 4 clients (300
 * operations, some with one wrong read near the end), each decided within 10 seconds.
 */
package dev.niche.distributed.linearizabilitychecker;
