/**
 * <b>ABA</b> (refactoring kata; checkpoint 4.3: explain ABA and how reclamation causes it).
 *
 * <p>A trading gateway keeps outgoing messages on a lock-free stack. To keep the garbage collector quiet it
 * reuses nodes: a popped node waits in a spare slot (if the slot is free), and the next push takes it from there
 * instead of allocating. On one thread it is flawless. Under load, now and then, a message is sent twice
 * and another one never.
 *
 * <p>The cause is the ABA problem. A popping thread reads the top node A and its successor B, then pauses.
 * Meanwhile another thread pops A (A becomes the spare), pops B, and pushes a new message, which lands in the
 * recycled node A. The top is A again, so the paused thread's {@code compareAndSet(A, B)} succeeds: it
 * cannot tell "still A" from "A again". It installs B, which was already popped: items come back, or vanish
 * with the rest of the stack.
 *
 * <p><b>Your task:</b> make {@link dev.niche.concurrency.aba.RecyclingStack} correct under concurrency and keep
 * the recycling. Put a version stamp next to the top reference
 * ({@link java.util.concurrent.atomic.AtomicStampedReference}) and change it on every successful update, so a
 * thread that read the top before an A-B-A sequence sees a different stamp and retries. Keep the behaviour for
 * one thread exactly as it is.
 *
 * <p>Dropping the recycling also fixes the bug: with a fresh node for every push, the garbage collector frees a
 * node only when no thread can still hold it, which is exactly the guarantee that recycling throws away. The
 * checks accept that fix too, but it gives back what the gateway wanted to save. Hazard pointers and RCU, the
 * next katas, are how languages without a garbage collector get the same guarantee.
 *
 * <p>The single-threaded examples pass from the start. The concurrency check runs the stack under Lincheck's
 * model checker with three items already on it: one thread pops while another pops, pops and pushes, and the
 * checker pauses threads at every shared read and write. On the starting code it finds the interleaving above
 * and shows it.
 */
package dev.niche.concurrency.aba;
