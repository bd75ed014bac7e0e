/**
 * <b>Michael-Scott queue</b> (checkpoint 4.3: build lock-free structures).
 *
 * <p>A log shipper's request threads hand log lines to a sender thread through a queue. A lock around the queue
 * put every request thread behind the sender each time the operating system paused it mid-operation. The fix
 * everyone reaches for is {@code ConcurrentLinkedQueue}; here you build what it is built on: the lock-free queue
 * of Maged Michael and Michael Scott (1996).
 *
 * <p><b>Your task:</b> write {@link dev.niche.concurrency.msqueue.MichaelScottQueue}. The list always starts
 * with a dummy node: {@code head} points at it, and the first item is in the node after it. {@code tail} points
 * at the last node, or at the one before it: an enqueue first links its node behind the last one with a
 * compare-and-set on that node's {@code next}, and only then swings {@code tail} forward with a second
 * compare-and-set. Between the two steps the tail lags. A thread that finds the tail lagging does not wait for
 * the thread that linked the node: it swings the tail forward itself and retries. That helping step is what
 * makes the queue lock-free: a thread paused between its two steps cannot stop anyone else. A dequeue swings
 * {@code head} from the dummy to the first item's node, which becomes the new dummy.
 *
 * <p>The examples check the queue on one thread. The concurrency check runs it under Lincheck's model checker:
 * two threads enqueue, dequeue, peek and ask {@code isEmpty} at once, every outcome must match some
 * one-at-a-time order of the same calls on a plain queue, and no thread may wait for another one. An enqueue
 * that spins until the lagging tail is fixed by someone else fails that last part, and the report shows the
 * spin.
 */
package dev.niche.concurrency.msqueue;
