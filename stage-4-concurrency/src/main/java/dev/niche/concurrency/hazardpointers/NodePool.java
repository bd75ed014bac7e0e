package dev.niche.concurrency.hazardpointers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Given code: do not change. A pool that hands out {@link Node}s and takes them back to hand them out again,
 * as a lock-free structure in a language without garbage collection must (or as a Java structure that wants to
 * avoid allocation). The most recently returned node is handed out first, so a recycled node comes back soon.
 *
 * <p>The pool keeps exact books and records every misuse it sees, so that a test can check them even if the
 * exception was caught somewhere: a read of a free node ({@link Node#value()}) and a node returned twice.
 *
 * <p>Thread-safe: one monitor guards the books.
 */
public final class NodePool {
    private Node freeHead;
    private final List<String> errors = new ArrayList<>();
    private int created;
    private long acquired;
    private long recycled;

    /** A node holding {@code value}: a free one if there is one, else a new one. */
    public synchronized Node acquire(int value) {
        Node node = freeHead;
        if (node == null) {
            node = new Node(this, ++created);
        } else {
            freeHead = node.nextFree;
            node.nextFree = null;
        }
        node.reuse(value);
        acquired++;
        return node;
    }

    /**
     * Returns {@code node} to the pool: from now on reading it is an error, and a later {@link #acquire} may hand
     * it out again with another value.
     *
     * @throws IllegalStateException if the node is already free (recycled twice), recorded in {@link #errors()}
     * @throws IllegalArgumentException if the node belongs to another pool
     * @throws NullPointerException if {@code node} is null
     */
    public synchronized void recycle(Node node) {
        Objects.requireNonNull(node, "node");
        if (!node.belongsTo(this)) {
            throw new IllegalArgumentException(node + " belongs to another pool");
        }
        if (node.isFree()) {
            throw record(new IllegalStateException(node + " was recycled twice: it was already in the pool"));
        }
        node.release();
        node.nextFree = freeHead;
        freeHead = node;
        recycled++;
    }

    /** How many times a node was returned with {@link #recycle}. */
    public synchronized long recycled() {
        return recycled;
    }

    /** How many nodes are handed out and not returned: acquired minus recycled. */
    public synchronized long inUse() {
        return acquired - recycled;
    }

    /** Every misuse seen so far, in order, one line each; empty if none. */
    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    synchronized IllegalStateException useAfterRecycle(Node node) {
        return record(new IllegalStateException("use after recycle: node #" + node.id()
                + " was read after it had been returned to the pool"));
    }

    private IllegalStateException record(IllegalStateException error) {
        errors.add(error.getMessage());
        return error;
    }
}
