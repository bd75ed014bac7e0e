package dev.niche.concurrency.aba;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A last-in, first-out stack that many threads use at once without locks, and that reuses the nodes of popped
 * items for later pushes instead of allocating new ones.
 *
 * <p>Thread-safety: every method may be called from any thread at any time; each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call waits for another thread. No method
 * blocks.
 *
 * <p>Starting code: correct for one thread; under concurrency a pop can succeed with a stale successor (see the
 * package description).
 *
 * @param <E> the type of the items; {@code null} is not an item
 */
public class RecyclingStack<E> {
    /** A link of the stack. Mutable: once popped, a node is reused for a later push. */
    private static final class Node<E> {
        E item;
        Node<E> next;
    }

    /** The top node, or {@code null} when the stack is empty. */
    private final AtomicReference<Node<E>> top = new AtomicReference<>();

    /** A popped node waiting to be reused by the next push, or {@code null}. */
    private final AtomicReference<Node<E>> spare = new AtomicReference<>();

    /**
     * Puts {@code item} on top of the stack.
     *
     * @throws NullPointerException if {@code item} is null (the message names {@code item}); the stack is unchanged
     */
    public void push(E item) {
        Objects.requireNonNull(item, "item must not be null");
        Node<E> node = spareOrNewNode();
        node.item = item;
        Node<E> current;
        do {
            current = top.get();
            node.next = current;
        } while (!top.compareAndSet(current, node));
    }

    /**
     * Removes the top item and returns it.
     *
     * @return the item that was on top, or {@code null} if the stack was empty
     */
    public E pop() {
        Node<E> current;
        Node<E> next;
        do {
            current = top.get();
            if (current == null) {
                return null;
            }
            next = current.next;
        } while (!top.compareAndSet(current, next));
        E item = current.item;
        recycle(current);
        return item;
    }

    /** Whether the stack has no items. */
    public boolean isEmpty() {
        return top.get() == null;
    }

    /** Takes the spare node if there is one; {@code getAndSet} gives it to exactly one caller. */
    private Node<E> spareOrNewNode() {
        Node<E> node = spare.getAndSet(null);
        return node != null ? node : new Node<>();
    }

    /**
     * Called only by the thread whose compare-and-set unlinked {@code node}, which owns it from then on. The node
     * becomes the spare if the slot is free; otherwise it is left to the garbage collector.
     */
    private void recycle(Node<E> node) {
        node.item = null;
        node.next = null;
        spare.compareAndSet(null, node);
    }
}
