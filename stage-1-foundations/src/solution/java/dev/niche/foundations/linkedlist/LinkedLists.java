package dev.niche.foundations.linkedlist;

/**
 * Four classic operations on singly linked lists of {@link Node}s, all done in place.
 *
 * <p>Reference solution. Each operation is one loop over a fixed number of node variables: no node, array or
 * collection is created, and no call waits on another, so the extra space is O(1) whatever the length.
 */
public final class LinkedLists {
    private LinkedLists() {
    }

    /**
     * Reverses the list and returns its new head. Each step detaches the front node of what is left and
     * pushes it onto the front of the reversed part.
     */
    public static Node reverse(Node head) {
        Node reversed = null;
        Node rest = head;
        while (rest != null) {
            Node following = rest.next;
            rest.next = reversed;
            reversed = rest;
            rest = following;
        }
        return reversed;
    }

    /**
     * Floyd's tortoise and hare: the hare takes two steps for the tortoise's one. Without a cycle the hare
     * reaches the end; with one, both end up going round it, and the hare gains one node per step, so it
     * lands on the tortoise within one lap.
     */
    public static boolean hasCycle(Node head) {
        Node tortoise = head;
        Node hare = head;
        while (hare != null && hare.next != null) {
            tortoise = tortoise.next;
            hare = hare.next.next;
            if (tortoise == hare) {
                return true;
            }
        }
        return false;
    }

    /**
     * The node at index n / 2. The hare moves two nodes for each one of the tortoise, so when the hare runs
     * out of list, the tortoise has covered half of it.
     */
    public static Node middle(Node head) {
        Node tortoise = head;
        Node hare = head;
        while (hare != null && hare.next != null) {
            tortoise = tortoise.next;
            hare = hare.next.next;
        }
        return tortoise;
    }

    /**
     * Stable merge by relinking. Both lists are checked before any link changes, so a rejected call leaves
     * them intact. Then the smaller front node (the one of {@code first} on a tie) is appended to the tail of
     * the result until one list runs out, and the rest of the other is linked on whole.
     */
    public static Node mergeSorted(Node first, Node second) {
        requireSorted(first, "first");
        requireSorted(second, "second");
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        Node head;
        if (second.value < first.value) {
            head = second;
            second = second.next;
        } else {
            head = first;
            first = first.next;
        }
        Node tail = head;
        while (first != null && second != null) {
            if (second.value < first.value) {
                tail.next = second;
                second = second.next;
            } else {
                tail.next = first;
                first = first.next;
            }
            tail = tail.next;
        }
        tail.next = first != null ? first : second;
        return head;
    }

    private static void requireSorted(Node head, String name) {
        for (Node node = head; node != null && node.next != null; node = node.next) {
            if (node.next.value < node.value) {
                throw new IllegalArgumentException(name + " is not sorted: " + node.value + " is followed by "
                        + node.next.value);
            }
        }
    }
}
