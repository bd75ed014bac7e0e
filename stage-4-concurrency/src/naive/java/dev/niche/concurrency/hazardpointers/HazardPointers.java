package dev.niche.concurrency.hazardpointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Naive variant: {@link #protect} loads the pointer and publishes it as the hazard, without checking that the
 * source still holds the node afterwards. A writer that swaps, retires and scans between the load and the
 * publish recycles the node the reader is about to read.
 */
public class HazardPointers {
    private final NodePool pool;
    private final int scanThreshold;
    private final AtomicReferenceArray<Node> hazards;
    private final List<List<Node>> retired = new ArrayList<>();

    /** Hazard slots and retired lists for {@code slots} threads. */
    public HazardPointers(NodePool pool, int slots, int scanThreshold) {
        this.pool = Objects.requireNonNull(pool, "pool");
        if (slots < 1) {
            throw new IllegalArgumentException("slots must be at least 1, was " + slots);
        }
        if (scanThreshold < 1) {
            throw new IllegalArgumentException("scanThreshold must be at least 1, was " + scanThreshold);
        }
        this.scanThreshold = scanThreshold;
        this.hazards = new AtomicReferenceArray<>(slots);
        for (int i = 0; i < slots; i++) {
            retired.add(new ArrayList<>());
        }
    }

    /** Loads the node and publishes it as the hazard. */
    public Node protect(int slot, AtomicReference<Node> source) {
        checkSlot(slot);
        Objects.requireNonNull(source, "source");
        Node node = source.get();
        hazards.set(slot, node);
        return node;
    }

    /** Withdraws the hazard of {@code slot}. */
    public void clear(int slot) {
        checkSlot(slot);
        hazards.set(slot, null);
    }

    /** Defers the recycle, and scans once the slot's list reaches the threshold. */
    public void retire(int slot, Node node) {
        checkSlot(slot);
        List<Node> mine = retired.get(slot);
        mine.add(Objects.requireNonNull(node, "node"));
        if (mine.size() >= scanThreshold) {
            scan(slot);
        }
    }

    /** Recycles the retired nodes that no hazard names; a node still protected stays for a later scan. */
    public int scan(int slot) {
        checkSlot(slot);
        int recycled = 0;
        for (Iterator<Node> it = retired.get(slot).iterator(); it.hasNext(); ) {
            Node node = it.next();
            if (!isProtected(node)) {
                it.remove();
                pool.recycle(node);
                recycled++;
            }
        }
        return recycled;
    }

    /**
     * Whether any slot's hazard names {@code node}. A hazard published after this check cannot name it: the
     * node was retired, so it is no longer in any source, and {@code protect} would see that and retry.
     */
    private boolean isProtected(Node node) {
        for (int i = 0; i < hazards.length(); i++) {
            if (hazards.get(i) == node) {
                return true;
            }
        }
        return false;
    }

    private void checkSlot(int slot) {
        if (slot < 0 || slot >= hazards.length()) {
            throw new IndexOutOfBoundsException("slot must be in 0.." + (hazards.length() - 1) + ", was " + slot);
        }
    }
}
