package dev.niche.concurrency.treiberstack;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A last-in, first-out stack that many threads use at once without locks.
 *
 * <p>Thread-safety: every method may be called from any thread at any time. Each call takes effect at one
 * instant between its start and its end (it is linearizable), and no call ever waits for another thread: a
 * thread that runs on its own finishes its call in a bounded number of steps (it is lock-free). No method
 * blocks, and none throws {@link InterruptedException}.
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
        throw new UnsupportedOperationException("TODO: link a new node to the top you read, swing top to it with compareAndSet, retry on failure");
    }

    /**
     * Removes the top item and returns it.
     *
     * @return the item that was on top, or {@code null} if the stack was empty
     */
    public E pop() {
        throw new UnsupportedOperationException("TODO: swing top from the node you read to its next with compareAndSet, retry on failure");
    }

    /**
     * The top item, without removing it.
     *
     * @return the item on top, or {@code null} if the stack is empty
     */
    public E peek() {
        throw new UnsupportedOperationException("TODO: return the item of the top node, or null");
    }

    /** Whether the stack has no items. */
    public boolean isEmpty() {
        throw new UnsupportedOperationException("TODO: the stack is empty when top is null");
    }
}
