/**
 * <b>Racy counters</b> (refactoring kata; checkpoint 4.1: spot a data race and choose the primitive).
 *
 * <p>A web service counts three things, and all three classes here were written for one thread. Now every
 * request thread calls them at once, and the numbers are wrong in production:
 * <ul>
 *   <li>{@link dev.niche.concurrency.racycounter.HitCounter}: page hits. Written on every request, read once a
 *       minute by a dashboard. Lost increments make the totals drift low.</li>
 *   <li>{@link dev.niche.concurrency.racycounter.TicketDispenser}: support ticket numbers 1, 2, 3, ... Two
 *       customers sometimes get the same number.</li>
 *   <li>{@link dev.niche.concurrency.racycounter.LatencyStats}: request count and total latency, read together
 *       to compute the mean. A snapshot sometimes pairs a count with a total that belongs to another moment.</li>
 * </ul>
 *
 * <p><b>Your task:</b> make each class thread-safe, keeping its behaviour for one thread exactly as it is.
 * Choose a different tool for each on purpose, and be ready to say why: an atomic variable, a
 * {@link java.util.concurrent.atomic.LongAdder}, or a lock. A tool that fits one class is wrong or wasteful for
 * another: ask who writes, who reads, and whether one value or several must change together.
 *
 * <p>The single-threaded examples pass from the start. The concurrency checks run each class under Lincheck's
 * model checker, which tries thread switches at every shared read and write and prints the interleaving that
 * breaks the class.
 */
package dev.niche.concurrency.racycounter;
