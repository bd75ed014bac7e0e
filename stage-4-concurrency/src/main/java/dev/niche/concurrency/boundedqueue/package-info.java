/**
 * <b>A blocking bounded queue</b> (checkpoint 4.1: choose the primitive, and wait for a condition correctly).
 *
 * <p>An image service accepts uploads faster than its resizer threads can work through them. Between the two
 * sits a queue with room for a fixed number of jobs: when it is full, uploaders must wait instead of piling up
 * memory; when it is empty, resizers must sleep instead of spinning. Waiting threads must wake up exactly when
 * their turn can come, and a job must never be lost or handed out twice.
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.boundedqueue.BoundedQueue} from a lock and what it
 * offers for waiting (no {@code java.util.concurrent} queue inside). Read its Javadoc for the whole contract:
 * which calls block, which give up after a timeout, which return at once, and what interruption does.
 *
 * <p>The examples use one thread (and, for the blocking cases, one helper thread that the test watches). A
 * property compares the queue with an {@link java.util.ArrayDeque} on random sequences of calls. The
 * concurrency check is a stress run with more producers and consumers than the queue has room for: every item
 * must be taken exactly once, each producer's items in the order it put them, the size must never pass the
 * capacity, and no thread may be left waiting at the end.
 */
package dev.niche.concurrency.boundedqueue;
