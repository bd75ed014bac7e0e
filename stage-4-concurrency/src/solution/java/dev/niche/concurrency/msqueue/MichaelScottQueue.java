package dev.niche.concurrency.msqueue;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A first-in, first-out queue that many threads use at once without locks.
 *
 * <p>Thread-safety: every method may be called from any thread at any time. Each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call ever waits for another thread: a
 * thread that runs on its own finishes its call in a bounded number of steps (it is lock-free), even if another
 * thread stopped halfway through an enqueue. No method blocks, and none throws {@link InterruptedException}.
 *
 * <p>Why it works: {@code next} links only ever change from null to a node, and only by compare-and-set, so
 * exactly one enqueue wins each end of the list; that compare-and-set is the enqueue's linearization point.
 * Swinging {@code tail} is mere bookkeeping that any thread may finish: whoever finds {@code tail.next} set
 * moves the tail on before doing its own work, so nobody depends on the thread that linked the node. A
 * dequeue takes effect when it swings {@code head}; it first swings a tail that still points at the dummy, so
 * the tail never falls behind the head. Nodes are never reused, and the garbage collector keeps every node a
 * thread still holds, so the ABA problem cannot occur.
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
        Objects.requireNonNull(item, "item must not be null");
        Node<E> node = new Node<>(item);
        while (true) {
            Node<E> last = tail.get();
            Node<E> next = last.next.get();
            if (next != null) {
                tail.compareAndSet(last, next);
            } else if (last.next.compareAndSet(null, node)) {
                tail.compareAndSet(last, node);
                return;
            }
        }
    }

    /**
     * Removes the first item and returns it.
     *
     * @return the item that was first, or {@code null} if the queue was empty
     */
    public E dequeue() {
        while (true) {
            Node<E> dummy = head.get();
            Node<E> first = dummy.next.get();
            if (first == null) {
                return null;
            }
            Node<E> last = tail.get();
            if (last == dummy) {
                tail.compareAndSet(last, first);
            } else if (head.compareAndSet(dummy, first)) {
                return first.item;
            }
        }
    }

    /**
     * The first item, without removing it.
     *
     * @return the first item, or {@code null} if the queue is empty
     */
    public E peek() {
        Node<E> first = head.get().next.get();
        return first == null ? null : first.item;
    }

    /** Whether the queue has no items. */
    public boolean isEmpty() {
        return head.get().next.get() == null;
    }
}
