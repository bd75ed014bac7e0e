package dev.niche.concurrency.hazardpointers;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Given code: do not change. A shared {@code int} that many threads read and replace without a lock: the value
 * lives in a pooled {@link Node}, a reader follows the current pointer, and a writer swaps in a fresh node and
 * retires the old one.
 *
 * <p>Each calling thread passes its own hazard slot: a slot is used by one thread at a time.
 */
public final class SharedValue {
    private final NodePool pool;
    private final HazardPointers hazards;
    private final AtomicReference<Node> current;

    /** A shared value that starts at {@code initial}, reclaiming its nodes through {@code hazards}. */
    public SharedValue(NodePool pool, HazardPointers hazards, int initial) {
        this.pool = pool;
        this.hazards = hazards;
        this.current = new AtomicReference<>(pool.acquire(initial));
    }

    /**
     * The current value. The node is protected in {@code slot} while it is read, so no writer can recycle it
     * under the reader's feet.
     */
    public int read(int slot) {
        Node node = hazards.protect(slot, current);
        try {
            return node.value();
        } finally {
            hazards.clear(slot);
        }
    }

    /**
     * Makes {@code value} the current value. The old node may still be read by a reader that loaded the pointer
     * just before the swap, so it is retired in {@code slot}, not recycled.
     */
    public void replace(int slot, int value) {
        Node old = current.getAndSet(pool.acquire(value));
        hazards.retire(slot, old);
    }
}
