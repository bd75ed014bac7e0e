package dev.niche.concurrency.hazardpointers;

/**
 * Given code: do not change. One value held in a node of a {@link NodePool}.
 *
 * <p>A node is either in use (handed out by {@link NodePool#acquire}) or free (returned by
 * {@link NodePool#recycle}, waiting to be handed out again, with another value). Reading a free node is the
 * bug this kata is about: {@link #value()} detects it, throws, and the pool records it.
 */
public final class Node {
    private final NodePool pool;
    private final int id;
    private volatile int value;
    private volatile boolean free;
    /** The next free node while this one is in the pool's free list; guarded by the pool. */
    Node nextFree;

    Node(NodePool pool, int id) {
        this.pool = pool;
        this.id = id;
    }

    /**
     * The value this node holds.
     *
     * @throws IllegalStateException if the node has been returned to the pool: whoever holds this reference
     *                               read it after it was recycled (the pool records the error too)
     */
    public int value() {
        int read = value;
        if (free) {
            throw pool.useAfterRecycle(this);
        }
        return read;
    }

    /** The node's number in its pool, the same across reuses; for messages. */
    public int id() {
        return id;
    }

    /** True while the node is in the pool, free. */
    public boolean isFree() {
        return free;
    }

    boolean belongsTo(NodePool owner) {
        return pool == owner;
    }

    void reuse(int newValue) {
        value = newValue;
        free = false;
    }

    void release() {
        free = true;
    }

    @Override
    public String toString() {
        return "node #" + id + (free ? " (free)" : " (value " + value + ")");
    }
}
