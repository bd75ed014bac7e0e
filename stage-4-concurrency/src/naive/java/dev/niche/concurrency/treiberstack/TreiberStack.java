package dev.niche.concurrency.treiberstack;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Naive: reads the top, builds the new top, and writes it with a plain {@code set}. Correct on one thread; with
 * two, a thread that pauses between its read and its write overwrites whatever the other pushed or popped
 * meanwhile, so items vanish or come back.
 *
 * @param <E> the type of the items; {@code null} is not an item
 */
public class TreiberStack<E> {

    /** Given code: do not change. One link of the stack; immutable, so a node read once stays valid. */
    private record Node<E>(E item, Node<E> next) {
    }

    /** Given code: do not change. The top node, or {@code null} when the stack is empty. */
    private final AtomicReference<Node<E>> top = new AtomicReference<>();

    public void push(E item) {
        Objects.requireNonNull(item, "item must not be null");
        top.set(new Node<>(item, top.get()));
    }

    public E pop() {
        Node<E> current = top.get();
        if (current == null) {
            return null;
        }
        top.set(current.next());
        return current.item();
    }

    public E peek() {
        Node<E> current = top.get();
        return current == null ? null : current.item();
    }

    public boolean isEmpty() {
        return top.get() == null;
    }
}
