package dev.niche.concurrency.aba;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicStampedReference;

/**
 * A last-in, first-out stack that many threads use at once without locks, and that reuses the nodes of popped
 * items for later pushes instead of allocating new ones.
 *
 * <p>Thread-safety: every method may be called from any thread at any time; each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call waits for another thread. No method
 * blocks.
 *
 * <p>Why it works: the top is a (node, stamp) pair and every successful update adds one to the stamp. A pop
 * reads the pair, then the node's successor, and commits only if the pair is unchanged. If the node was popped
 * and recycled meanwhile, the reference may be the same again but the stamp is not, so the stale successor is
 * never installed; the successor read may even be garbage, which is harmless because that compare-and-set
 * fails. A node is recycled only by the thread whose compare-and-set unlinked it, and pop reads the item
 * before recycling. The stamp is an {@code int}: the check could be fooled only if a thread paused while
 * exactly 2<sup>32</sup> updates happened. Note that {@code AtomicStampedReference} itself allocates a small
 * pair per update; a production stack packs the stamp and a node index into one {@code long}.
 *
 * @param <E> the type of the items; {@code null} is not an item
 */
public class RecyclingStack<E> {
    /** A link of the stack. Mutable: once popped, a node is reused for a later push. */
    private static final class Node<E> {
        E item;
        Node<E> next;
    }

    /** The top node (or {@code null} when the stack is empty) and a stamp that changes on every update. */
    private final AtomicStampedReference<Node<E>> top = new AtomicStampedReference<>(null, 0);

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
        int[] stamp = new int[1];
        Node<E> current;
        do {
            current = top.get(stamp);
            node.next = current;
        } while (!top.compareAndSet(current, node, stamp[0], stamp[0] + 1));
    }

    /**
     * Removes the top item and returns it.
     *
     * @return the item that was on top, or {@code null} if the stack was empty
     */
    public E pop() {
        int[] stamp = new int[1];
        Node<E> current;
        Node<E> next;
        do {
            current = top.get(stamp);
            if (current == null) {
                return null;
            }
            next = current.next;
        } while (!top.compareAndSet(current, next, stamp[0], stamp[0] + 1));
        E item = current.item;
        recycle(current);
        return item;
    }

    /** Whether the stack has no items. */
    public boolean isEmpty() {
        return top.getReference() == null;
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
