/**
 * <b>A countdown latch and a semaphore, from scratch</b> (checkpoint 4.1: choose the primitive, and wait for a
 * condition correctly).
 *
 * <p>A test harness starts a service in several parts and must not send traffic before every part is up; the
 * service itself may talk to its database over at most a few connections at once. The first need is a
 * <em>latch</em>: a count that parts tick down, and a gate that opens for every waiter when it reaches zero.
 * The second is a <em>semaphore</em>: a number of permits that callers take and give back, so that no more
 * than that many are ever inside.
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.latchandsemaphore.Latch} and
 * {@link dev.niche.concurrency.latchandsemaphore.Semaphore} from a monitor ({@code synchronized},
 * {@code wait}, {@code notify}/{@code notifyAll}) or from a {@code Lock} with its {@code Condition}s. Using
 * {@code java.util.concurrent}'s own synchronizers or atomics inside would skip the point; the check for that
 * allows only {@code TimeUnit}, {@code Lock}, {@code ReentrantLock} and {@code Condition}. The semaphore need
 * not be fair: a thread that arrives late may get a permit before one that has waited long.
 *
 * <p>The examples use one thread (and, for the blocking cases, one helper thread that the test watches). The
 * concurrency checks are stress runs: many threads wait on a latch while others count it down, round after
 * round, and every waiter must be let through; many threads take and give back the permits of a semaphore,
 * and an exact count of the holders must never pass the number of permits, nor the number of free permits
 * drop below zero, and all of them must be back at the end.
 */
package dev.niche.concurrency.latchandsemaphore;
