package dev.niche.concurrency.hazardpointers;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Safe memory reclamation with hazard pointers. See the stub's Javadoc for the whole contract.
 *
 * <p>The hazards live in an {@link AtomicReferenceArray}: a slot's owner writes it, every scanning thread reads
 * all of them, and each write must be visible to a scan that starts after it. The retired lists are plain
 * lists, one per slot, because only the slot's owner touches its list.
 *
 * <p>Why {@link #protect} re-reads the source: between loading the pointer and publishing the hazard, a writer
 * may swap the node out, retire it, scan (seeing no hazard yet) and recycle it. Publishing a hazard on a node
 * that is already gone protects nothing. Once the hazard is published, a second load that still finds the same
 * node proves the node was reachable while the hazard was visible; any scan from then on sees the hazard, and a
 * scan before then could not have recycled a node that was still in the source (a writer retires a node only
 * after unlinking it).
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

    /** Publish, then validate: retry until the source still holds the node the hazard names. */
    public Node protect(int slot, AtomicReference<Node> source) {
        checkSlot(slot);
        Objects.requireNonNull(source, "source");
        Node seen = source.get();
        while (true) {
            hazards.set(slot, seen);
            Node now = source.get();
            if (now == seen) {
                return seen;
            }
            seen = now;
        }
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
