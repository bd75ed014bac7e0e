package dev.niche.distributed.crdts;

import java.util.Set;

/**
 * An observed-remove set, a state-based CRDT. Immutable; replicas name themselves when they add.
 *
 * <p>Each add is a distinct event, tagged uniquely (the replica and a counter of that replica's adds). A remove
 * removes the adds of the element that <em>this state has observed</em>, and nothing else. So after a merge:
 * <ul>
 *   <li>an add concurrent with a remove survives it (add wins): the remove never saw that add;</li>
 *   <li>an element removed and then added again is present: the new add is one the remove never saw.</li>
 * </ul>
 * {@code equals} and {@code hashCode} compare the information held (adds and what removes observed), as in
 * {@link GCounter}.
 *
 * @param <E> the element type
 */
public final class OrSet<E> {

    /** The set nobody has added to. */
    public static <E> OrSet<E> empty() {
        throw new UnsupportedOperationException("TODO: the state with no adds and no removes");
    }

    /**
     * This state after {@code replica} adds {@code element}, as a new add with a tag no other add has.
     *
     * @throws IllegalArgumentException if {@code element} or {@code replica} is null (the message names it)
     */
    public OrSet<E> add(E element, String replica) {
        throw new UnsupportedOperationException("TODO: record a new, uniquely tagged add");
    }

    /**
     * This state after removing {@code element}: every add of it this state has seen is undone. Removing an absent
     * element changes nothing.
     *
     * @throws IllegalArgumentException if {@code element} is null (the message names it)
     */
    public OrSet<E> remove(E element) {
        throw new UnsupportedOperationException("TODO: undo exactly the adds of element seen so far");
    }

    /** Whether some add of {@code element} has not been removed. */
    public boolean contains(E element) {
        throw new UnsupportedOperationException("TODO: is there an add of element no remove has undone?");
    }

    /** The elements present, as an unmodifiable set. */
    public Set<E> elements() {
        throw new UnsupportedOperationException("TODO: the elements with an add no remove has undone");
    }

    /**
     * The state that has seen every add and every remove either has seen (commutative, associative, idempotent).
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names it)
     */
    public OrSet<E> merge(OrSet<E> other) {
        throw new UnsupportedOperationException("TODO: the union of the adds and of what the removes undid");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO: equal when they hold the same adds and removes");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO: a hash that agrees with equals");
    }
}
