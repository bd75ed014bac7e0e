package dev.niche.distributed.crdts;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every add ever made, each with a unique tag, and the set of tags that removes have undone (tombstones). Both
 * only grow, so merge is a union. An element is present while one of its tags is not a tombstone: a remove
 * buries only the tags it could see, which is why a concurrent or later add survives it.
 */
public final class OrSet<E> {
    private static final OrSet<?> EMPTY = new OrSet<>(Map.of(), Set.of());

    /** An add's identity: the replica that made it and how many adds that replica had made. */
    private record Tag(String replica, long sequence) {
    }

    private final Map<E, Set<Tag>> adds;
    private final Set<Tag> removed;

    private OrSet(Map<E, Set<Tag>> adds, Set<Tag> removed) {
        this.adds = adds;
        this.removed = removed;
    }

    @SuppressWarnings("unchecked")
    public static <E> OrSet<E> empty() {
        return (OrSet<E>) EMPTY;
    }

    public OrSet<E> add(E element, String replica) {
        requireNonNull(element, "element");
        requireNonNull(replica, "replica");
        // this state holds every add its replica has made, so one past the highest is a tag never used before
        long sequence = 1 + adds.values().stream().flatMap(Set::stream).filter(tag -> tag.replica().equals(replica))
                .mapToLong(Tag::sequence).max().orElse(0);
        Map<E, Set<Tag>> copy = copy(adds);
        copy.computeIfAbsent(element, e -> new HashSet<>()).add(new Tag(replica, sequence));
        return new OrSet<>(copy, removed);
    }

    public OrSet<E> remove(E element) {
        requireNonNull(element, "element");
        Set<Tag> seen = adds.getOrDefault(element, Set.of());
        if (removed.containsAll(seen)) {
            return this;
        }
        Set<Tag> tombstones = new HashSet<>(removed);
        tombstones.addAll(seen);
        return new OrSet<>(adds, Collections.unmodifiableSet(tombstones));
    }

    public boolean contains(E element) {
        return !removed.containsAll(adds.getOrDefault(element, Set.of()));
    }

    public Set<E> elements() {
        Set<E> present = new HashSet<>();
        adds.keySet().stream().filter(this::contains).forEach(present::add);
        return Collections.unmodifiableSet(present);
    }

    public OrSet<E> merge(OrSet<E> other) {
        requireNonNull(other, "other");
        Map<E, Set<Tag>> union = copy(adds);
        other.adds.forEach((element, tags) -> union.computeIfAbsent(element, e -> new HashSet<>()).addAll(tags));
        Set<Tag> tombstones = new HashSet<>(removed);
        tombstones.addAll(other.removed);
        return new OrSet<>(union, Collections.unmodifiableSet(tombstones));
    }

    private static <E> Map<E, Set<Tag>> copy(Map<E, Set<Tag>> adds) {
        Map<E, Set<Tag>> copy = new HashMap<>();
        adds.forEach((element, tags) -> copy.put(element, new HashSet<>(tags)));
        return copy;
    }

    private static void requireNonNull(Object argument, String name) {
        if (argument == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrSet<?> set && adds.equals(set.adds) && removed.equals(set.removed);
    }

    @Override
    public int hashCode() {
        return 31 * adds.hashCode() + removed.hashCode();
    }

    @Override
    public String toString() {
        return "OrSet" + elements() + "(adds " + adds + ", removed " + removed + ")";
    }
}
