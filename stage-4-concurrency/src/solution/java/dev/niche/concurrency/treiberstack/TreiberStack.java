package dev.niche.concurrency.treiberstack;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A last-in, first-out stack that many threads use at once without locks.
 *
 * <p>Thread-safety: every method may be called from any thread at any time. Each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call ever waits for another thread: a
 * thread that runs on its own finishes its call in a bounded number of steps (it is lock-free). No method
 * blocks, and none throws {@link InterruptedException}.
 *
 * <p>Why it works: the only shared mutable state is {@link #top}. A push or pop reads it, prepares the new top
 * privately, and publishes it with one {@code compareAndSet}, which succeeds only if nobody moved the top
 * meanwhile; that instant is the call's linearization point. A failed compare-and-set means another thread's
 * call succeeded, so some thread always makes progress. Nodes are immutable and never reused, so a node read
 * once keeps its successor: the garbage collector frees a node only when no thread can still hold it, which is
 * what rules out the ABA problem here (see the {@code aba} kata).
 *
 * @param <E> the type of the items; {@code null} is not an item
 */
public class TreiberStack<E> {

    /** Given code: do not change. One link of the stack; immutable, so a node read once stays valid. */
    private record Node<E>(E item, Node<E> next) {
    }

    /** Given code: do not change. The top node, or {@code null} when the stack is empty. */
    private final AtomicReference<Node<E>> top = new AtomicReference<>();

    /**
     * Puts {@code item} on top of the stack.
     *
     * @throws NullPointerException if {@code item} is null (the message names {@code item}); the stack is unchanged
     */
    public void push(E item) {
        Objects.requireNonNull(item, "item must not be null");
        Node<E> current;
        Node<E> node;
        do {
            current = top.get();
            node = new Node<>(item, current);
        } while (!top.compareAndSet(current, node));
    }

    /**
     * Removes the top item and returns it.
     *
     * @return the item that was on top, or {@code null} if the stack was empty
     */
    public E pop() {
        Node<E> current;
        do {
            current = top.get();
            if (current == null) {
                return null;
            }
        } while (!top.compareAndSet(current, current.next()));
        return current.item();
    }

    /**
     * The top item, without removing it.
     *
     * @return the item on top, or {@code null} if the stack is empty
     */
    public E peek() {
        Node<E> current = top.get();
        return current == null ? null : current.item();
    }

    /** Whether the stack has no items. */
    public boolean isEmpty() {
        return top.get() == null;
    }
}
