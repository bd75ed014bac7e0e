package dev.niche.foundations.linkedlist;

/**
 * Four classic operations on singly linked lists of {@link Node}s, all done in place: they walk the nodes
 * they are given and change links, and never copy the list.
 *
 * <h2>Contract</h2>
 * A list is given by its head, and {@code null} is the empty list. A list returned by {@link #reverse} or
 * {@link #mergeSorted} is made of the very nodes that were passed in, relinked: the grader checks each
 * node's identity, not only the values. {@link #hasCycle} and {@link #middle} leave every link as it was.
 *
 * <h2>Required complexity (n = number of nodes)</h2>
 * Every operation takes O(n) time and O(1) extra space. O(1) space rules out:
 * <ul>
 *   <li>creating nodes for the result (one temporary sentinel node is O(1) and allowed, as long as it does
 *       not end up in the result);</li>
 *   <li>copying nodes or values into an array, a collection or a set of visited nodes;</li>
 *   <li>recursion as deep as the list: every pending call holds a stack frame, so that is O(n) space too.</li>
 * </ul>
 * The grader measures the bytes allocated per call (they must not grow with n), the stack depth of
 * {@link #reverse} and {@link #mergeSorted}, and the running time, which must grow linearly, not
 * quadratically.
 *
 * <h2>Bad input</h2>
 * {@code null} is never bad input: it is the empty list. {@link #mergeSorted} throws
 * {@link IllegalArgumentException} when {@code first} or {@code second} is not sorted, with a message naming
 * which one, and leaves both lists as they were. {@link #reverse}, {@link #middle} and {@link #mergeSorted}
 * expect lists without a cycle; what they do on a list with a cycle is not specified.
 */
public final class LinkedLists {
    private LinkedLists() {
    }

    /**
     * Reverses the list and returns its new head, the old last node: 1 -> 2 -> 3 becomes 3 -> 2 -> 1, with
     * the old head now pointing to null. The empty list stays empty.
     */
    public static Node reverse(Node head) {
        throw new UnsupportedOperationException("TODO: walk the list once, turning each link around");
    }

    /**
     * True when following {@code next} from {@code head} never reaches null, that is when some node links
     * back to a node before it (or to itself). Leaves the list unchanged.
     */
    public static boolean hasCycle(Node head) {
        throw new UnsupportedOperationException(
                "TODO: run two pointers at different speeds; only on a cycle does the fast one catch the slow one");
    }

    /**
     * The middle node: for a list of n nodes, the node at index n / 2 counting from 0, which is the second
     * of the two middle nodes when n is even. Null for the empty list. Leaves the list unchanged.
     */
    public static Node middle(Node head) {
        throw new UnsupportedOperationException("TODO: find the node at index n / 2 without storing the nodes");
    }

    /**
     * Merges two lists sorted in non-decreasing order into one sorted list made of all their nodes, and
     * returns its head. The merge is stable: when values are equal, the nodes of {@code first} come before
     * those of {@code second}.
     *
     * @throws IllegalArgumentException when {@code first} or {@code second} is not sorted (the message names
     *                                  which); both lists are then left as they were
     */
    public static Node mergeSorted(Node first, Node second) {
        throw new UnsupportedOperationException(
                "TODO: check both lists are sorted, then keep linking the smaller of the two front nodes");
    }
}
