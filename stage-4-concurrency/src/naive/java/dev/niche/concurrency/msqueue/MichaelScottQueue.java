package dev.niche.concurrency.msqueue;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Naive: links its node with a compare-and-set, then sets the tail with a plain write, and never helps. When
 * the tail lags, an enqueue retries until the thread that linked the node moves the tail: if that thread is
 * paused, everyone else spins. Correct results, but a lock in disguise.
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

    public void enqueue(E item) {
        Objects.requireNonNull(item, "item must not be null");
        Node<E> node = new Node<>(item);
        while (true) {
            Node<E> last = tail.get();
            if (last.next.compareAndSet(null, node)) {
                tail.set(node);
                return;
            }
        }
    }

    public E dequeue() {
        while (true) {
            Node<E> dummy = head.get();
            Node<E> first = dummy.next.get();
            if (first == null) {
                return null;
            }
            if (tail.get() != dummy && head.compareAndSet(dummy, first)) {
                return first.item;
            }
        }
    }

    public E peek() {
        Node<E> first = head.get().next.get();
        return first == null ? null : first.item;
    }

    public boolean isEmpty() {
        return head.get().next.get() == null;
    }
}
