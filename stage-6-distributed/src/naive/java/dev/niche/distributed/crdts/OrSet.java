package dev.niche.distributed.crdts;

import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * A set with tombstones by value: a removed element is remembered as removed, forever. Remove wins over a
 * concurrent add, and an element removed once can never come back.
 */
public final class OrSet<E> {
    private final Set<E> added;
    private final Set<E> removed;

    private OrSet(Set<E> added, Set<E> removed) {
        this.added = Collections.unmodifiableSet(added);
        this.removed = Collections.unmodifiableSet(removed);
    }

    public static <E> OrSet<E> empty() {
        return new OrSet<>(new HashSet<>(), new HashSet<>());
    }

    public OrSet<E> add(E element, String replica) {
        if (element == null || replica == null) {
            throw new IllegalArgumentException("element and replica must not be null");
        }
        Set<E> copy = new HashSet<>(added);
        copy.add(element);
        return new OrSet<>(copy, new HashSet<>(removed));
    }

    public OrSet<E> remove(E element) {
        if (element == null) {
            throw new IllegalArgumentException("element must not be null");
        }
        Set<E> copy = new HashSet<>(removed);
        copy.add(element);
        return new OrSet<>(new HashSet<>(added), copy);
    }

    public boolean contains(E element) {
        return added.contains(element) && !removed.contains(element);
    }

    public Set<E> elements() {
        Set<E> present = new HashSet<>(added);
        present.removeAll(removed);
        return Collections.unmodifiableSet(present);
    }

    public OrSet<E> merge(OrSet<E> other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        Set<E> adds = new HashSet<>(added);
        adds.addAll(other.added);
        Set<E> removes = new HashSet<>(removed);
        removes.addAll(other.removed);
        return new OrSet<>(adds, removes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrSet<?> set && added.equals(set.added) && removed.equals(set.removed);
    }

    @Override
    public int hashCode() {
        return 31 * added.hashCode() + removed.hashCode();
    }

    @Override
    public String toString() {
        return "OrSet" + elements();
    }
}
