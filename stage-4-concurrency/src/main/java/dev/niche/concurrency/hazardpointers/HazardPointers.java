package dev.niche.concurrency.hazardpointers;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Safe memory reclamation with hazard pointers, for nodes of one {@link NodePool}.
 *
 * <p>A reader that is about to use a shared node first publishes it in its hazard slot: "I am using this node,
 * do not recycle it". A writer that unlinks a node does not recycle it at once; it retires it, and only a scan
 * that finds no hazard pointing at a retired node returns that node to the pool.
 *
 * <p>Thread-safety: a slot belongs to one thread at a time (its owner), and slots are numbered from 0 to
 * {@code slots - 1}. {@link #protect} and {@link #clear} publish and withdraw the owner's hazard, which every
 * other thread's scan must see. {@link #retire} and {@link #scan} work on the owner's own list of retired nodes,
 * which no other thread touches. Nothing here blocks or takes a lock.
 *
 * <p>Bad input: a slot outside {@code 0..slots-1} throws {@link IndexOutOfBoundsException} (the message names the
 * slot); a null {@code source} or {@code node} throws {@link NullPointerException} (the message names it).
 */
public class HazardPointers {

    /**
     * Hazard slots and retired lists for {@code slots} threads.
     *
     * @param pool           where {@link #scan} returns the nodes that are safe to reuse
     * @param slots          how many slots, at least 1
     * @param scanThreshold  a slot's {@link #retire} scans as soon as that slot has this many retired nodes,
     *                       at least 1
     * @throws IllegalArgumentException if {@code slots} or {@code scanThreshold} is less than 1 (the message names
     *                                  the argument)
     * @throws NullPointerException     if {@code pool} is null
     */
    public HazardPointers(NodePool pool, int slots, int scanThreshold) {
        throw new UnsupportedOperationException("TODO: one hazard per slot, one retired list per slot");
    }

    /**
     * Loads the node that {@code source} points at and protects it in {@code slot}, so that no scan recycles it
     * until {@link #clear} (or another {@code protect} in the same slot). The caller may then read the returned
     * node safely, even if a writer replaces it in {@code source} meanwhile.
     *
     * <p>The returned node was in {@code source} at a moment when the hazard was already published: only then
     * can no scan have missed it.
     *
     * @return the protected node; null (and nothing protected) if {@code source} holds null
     */
    public Node protect(int slot, AtomicReference<Node> source) {
        throw new UnsupportedOperationException("TODO: load the node from source and protect it in the slot");
    }

    /** Withdraws the hazard of {@code slot}: the node it protected may be recycled by the next scan. */
    public void clear(int slot) {
        throw new UnsupportedOperationException("TODO: clear the slot's hazard");
    }

    /**
     * Hands over {@code node}, already unlinked from every shared structure (no new reader can reach it), to be
     * recycled once no hazard points at it. Adds it to {@code slot}'s retired list, and scans that list when it
     * holds {@code scanThreshold} nodes. A node is retired once; retiring it again is the caller's bug.
     */
    public void retire(int slot, Node node) {
        throw new UnsupportedOperationException("TODO: defer the recycle; scan once the list is long enough");
    }

    /**
     * Recycles every node on {@code slot}'s retired list that no slot's hazard points at, and keeps the others
     * for a later scan. Also what a thread calls before it goes away, to leave nothing behind.
     *
     * @return how many nodes this scan recycled
     */
    public int scan(int slot) {
        throw new UnsupportedOperationException("TODO: recycle the retired nodes that no hazard protects");
    }
}
