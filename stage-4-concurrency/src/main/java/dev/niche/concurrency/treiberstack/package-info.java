/**
 * <b>Treiber stack</b> (checkpoint 4.3: build a lock-free stack).
 *
 * <p>A job scheduler keeps its idle worker slots on a stack: a worker that finishes pushes its slot, a new job
 * pops one. Thousands of pushes and pops a second come from every thread, and a lock around the stack made the
 * threads queue behind whichever one the operating system happened to pause while holding it.
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.treiberstack.TreiberStack}, a stack that no thread ever
 * waits for. The whole stack hangs off one {@code AtomicReference} to its top node. Nodes never change once
 * linked: to push, build a node that points at the top you read and swing the top to it with
 * {@code compareAndSet}; to pop, swing the top from the node you read to its successor. If another thread moved
 * the top in between, the compare-and-set fails and you read again and retry. That retry loop is the whole
 * algorithm (R. Kent Treiber, 1986).
 *
 * <p>The examples check the stack on one thread. The concurrency check runs it under Lincheck's model checker:
 * two threads push, pop, peek and ask {@code isEmpty} at once, the checker tries thread switches at every read
 * and write of shared memory, and every outcome must match some one-at-a-time order of the same calls on a
 * plain stack. It also checks that the stack is lock-free: a stack that is correct only because it holds a
 * lock ({@code synchronized} methods, a {@code ReentrantLock}) fails, because a thread paused inside the lock
 * stops every other thread.
 */
package dev.niche.concurrency.treiberstack;
