package dev.niche.foundations.linkedlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Naive variant: correct results made of the given nodes, but every operation first copies the nodes into an
 * ArrayList (or a HashSet of visited nodes) and works on the copy: O(n) extra space where O(1) was required.
 * The allocation checks must catch it.
 */
public final class LinkedLists {
    private LinkedLists() {
    }

    public static Node reverse(Node head) {
        List<Node> nodes = nodesOf(head);
        for (int i = nodes.size() - 1; i > 0; i--) {
            nodes.get(i).next = nodes.get(i - 1);
        }
        if (nodes.isEmpty()) {
            return null;
        }
        nodes.get(0).next = null;
        return nodes.get(nodes.size() - 1);
    }

    public static boolean hasCycle(Node head) {
        Set<Node> seen = new HashSet<>();
        for (Node node = head; node != null; node = node.next) {
            if (!seen.add(node)) {
                return true;
            }
        }
        return false;
    }

    public static Node middle(Node head) {
        List<Node> nodes = nodesOf(head);
        return nodes.isEmpty() ? null : nodes.get(nodes.size() / 2);
    }

    public static Node mergeSorted(Node first, Node second) {
        List<Node> firstNodes = nodesOf(first);
        List<Node> secondNodes = nodesOf(second);
        requireSorted(firstNodes, "first");
        requireSorted(secondNodes, "second");
        List<Node> all = new ArrayList<>(firstNodes);
        all.addAll(secondNodes);
        all.sort(Comparator.comparingInt(node -> node.value));
        for (int i = 0; i + 1 < all.size(); i++) {
            all.get(i).next = all.get(i + 1);
        }
        if (all.isEmpty()) {
            return null;
        }
        all.get(all.size() - 1).next = null;
        return all.get(0);
    }

    private static List<Node> nodesOf(Node head) {
        List<Node> nodes = new ArrayList<>();
        for (Node node = head; node != null; node = node.next) {
            nodes.add(node);
        }
        return nodes;
    }

    private static void requireSorted(List<Node> nodes, String name) {
        for (int i = 1; i < nodes.size(); i++) {
            if (nodes.get(i).value < nodes.get(i - 1).value) {
                throw new IllegalArgumentException(name + " is not sorted");
            }
        }
    }
}
