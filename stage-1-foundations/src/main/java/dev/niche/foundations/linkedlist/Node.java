package dev.niche.foundations.linkedlist;

/**
 * One node of a singly linked list of ints: a value, and a link to the next node or {@code null} after the
 * last one. A list is known by its first node, its head; the empty list is {@code null}.
 *
 * <p>Provided: you use this class, you do not change it. The value is final, so the only way to reorder a
 * list is to change its links, which is what this kata trains.
 */
public final class Node {
    /** The value this node holds; it never changes. */
    public final int value;
    /** The next node, or null when this node is the last one. */
    public Node next;

    /** A node with no successor. */
    public Node(int value) {
        this(value, null);
    }

    /** A node followed by {@code next}. */
    public Node(int value, Node next) {
        this.value = value;
        this.next = next;
    }

    /** The value only: printing a whole list would never end on a list with a cycle. */
    @Override
    public String toString() {
        return "Node(" + value + ")";
    }
}
