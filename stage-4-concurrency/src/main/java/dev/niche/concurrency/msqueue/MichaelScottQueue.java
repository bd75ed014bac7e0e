package dev.niche.concurrency.msqueue;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A first-in, first-out queue that many threads use at once without locks.
 *
 * <p>Thread-safety: every method may be called from any thread at any time. Each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call ever waits for another thread: a
 * thread that runs on its own finishes its call in a bounded number of steps (it is lock-free), even if another
 * thread stopped halfway through an enqueue. No method blocks, and none throws {@link InterruptedException}.
 *
 * @param <E> the type of the items; {@code null} is not an item
 */
public class MichaelScottQueue<E> {

    /** Given code: do not change. A link of the queue; {@code next} is set once, from null to the successor. */
    private static final class Node<E> {
        final E item;
        final AtomicReference<Node<E>> next = new AtomicReference<>();

        Node(E item) {
            this.item = item;
        }
    }

    /** Given code: do not change. The dummy node; the first item, if any, is in the node after it. */
    private final AtomicReference<Node<E>> head;

    /** Given code: do not change. The last node, or the one before it while an enqueue is halfway. */
    private final AtomicReference<Node<E>> tail;

    /** Given code: do not change. An empty queue: head and tail both at one dummy node. */
    public MichaelScottQueue() {
        Node<E> dummy = new Node<>(null);
        head = new AtomicReference<>(dummy);
        tail = new AtomicReference<>(dummy);
    }

    /**
     * Adds {@code item} at the end of the queue.
     *
     * @throws NullPointerException if {@code item} is null (the message names {@code item}); the queue is unchanged
     */
    public void enqueue(E item) {
        throw new UnsupportedOperationException("TODO: link a node behind the last one with compareAndSet on its next, then swing tail; help a lagging tail");
    }

    /**
     * Removes the first item and returns it.
     *
     * @return the item that was first, or {@code null} if the queue was empty
     */
    public E dequeue() {
        throw new UnsupportedOperationException("TODO: swing head from the dummy to the next node with compareAndSet and return that node's item");
    }

    /**
     * The first item, without removing it.
     *
     * @return the first item, or {@code null} if the queue is empty
     */
    public E peek() {
        throw new UnsupportedOperationException("TODO: return the item of the node after the dummy, or null");
    }

    /** Whether the queue has no items. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO: the queue is empty when the dummy has no next node");
    }
}
