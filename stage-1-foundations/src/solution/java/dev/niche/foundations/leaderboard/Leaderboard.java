package dev.niche.foundations.leaderboard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A leaderboard: players with scores, ranked best first by an order on {@link Entry}.
 *
 * <p>Reference solution: an order-statistic tree beside a hash map. The tree is an AVL tree of entries, in
 * which every node also keeps the size of its subtree; rotations repair heights and sizes in O(1), so the tree
 * stays about 1.44 log2 n deep. Rank walks once from the root, adding up what lies to the left of the path;
 * topK is an in-order walk that stops after k entries. The map, from player to current entry, finds the entry
 * that an update must take out of the tree before it puts the new one in.
 */
public final class Leaderboard {
    private final Comparator<Entry> order;
    private final Map<String, Entry> current = new HashMap<>();
    private Node root;

    /** A tree node: an entry, its children, and the height and size of the subtree it roots. */
    private static final class Node {
        final Entry entry;
        Node left;
        Node right;
        int height = 1;
        int size = 1;

        Node(Entry entry) {
            this.entry = entry;
        }
    }

    /** An empty board ranked by {@code order}, which must never call two different players' entries equal. */
    public Leaderboard(Comparator<Entry> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
    }

    /** Sets {@code player}'s score to {@code score}, adding the player if new. */
    public void update(String player, long score) {
        Objects.requireNonNull(player, "player must not be null");
        Entry entry = new Entry(player, score);
        Entry previous = current.put(player, entry);
        if (previous != null) {
            root = remove(root, previous);
        }
        root = insert(root, entry);
    }

    /** The {@code k} best entries, best first; fewer when the board holds fewer than k players. */
    public List<Entry> topK(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative, got k = " + k);
        }
        List<Entry> best = new ArrayList<>(Math.min(k, size()));
        Deque<Node> pending = new ArrayDeque<>();
        Node node = root;
        while (best.size() < k && (node != null || !pending.isEmpty())) {
            while (node != null) {
                pending.push(node);
                node = node.left;
            }
            node = pending.pop();
            best.add(node.entry);
            node = node.right;
        }
        return best;
    }

    /** The 1-based position of {@code player}: 1 for the best. */
    public int rank(String player) {
        Objects.requireNonNull(player, "player must not be null");
        Entry entry = current.get(player);
        if (entry == null) {
            throw new NoSuchElementException("no player named '" + player + "' on the board");
        }
        int ahead = 0;
        Node node = root;
        while (true) {
            int c = order.compare(entry, node.entry);
            if (c < 0) {
                node = node.left;
            } else if (c > 0) {
                ahead += size(node.left) + 1;
                node = node.right;
            } else {
                return ahead + size(node.left) + 1;
            }
        }
    }

    /** How many players the board holds. */
    public int size() {
        return current.size();
    }

    private Node insert(Node node, Entry entry) {
        if (node == null) {
            return new Node(entry);
        }
        if (order.compare(entry, node.entry) < 0) {
            node.left = insert(node.left, entry);
        } else {
            node.right = insert(node.right, entry);
        }
        return rebalance(node);
    }

    /** Removes {@code entry}, which is in the subtree of {@code node}. */
    private Node remove(Node node, Entry entry) {
        int c = order.compare(entry, node.entry);
        if (c < 0) {
            node.left = remove(node.left, entry);
        } else if (c > 0) {
            node.right = remove(node.right, entry);
        } else {
            if (node.left == null) {
                return node.right;
            }
            if (node.right == null) {
                return node.left;
            }
            Node successor = leftmost(node.right);
            successor.right = removeLeftmost(node.right);
            successor.left = node.left;
            node = successor;
        }
        return rebalance(node);
    }

    private static Node leftmost(Node node) {
        while (node.left != null) {
            node = node.left;
        }
        return node;
    }

    private static Node removeLeftmost(Node node) {
        if (node.left == null) {
            return node.right;
        }
        node.left = removeLeftmost(node.left);
        return rebalance(node);
    }

    /** Restores the AVL rule at {@code node} (child heights differ by at most one) and returns the new root. */
    private static Node rebalance(Node node) {
        refresh(node);
        int balance = height(node.left) - height(node.right);
        if (balance > 1) {
            if (height(node.left.left) < height(node.left.right)) {
                node.left = rotateLeft(node.left);
            }
            return rotateRight(node);
        }
        if (balance < -1) {
            if (height(node.right.right) < height(node.right.left)) {
                node.right = rotateRight(node.right);
            }
            return rotateLeft(node);
        }
        return node;
    }

    private static Node rotateRight(Node node) {
        Node top = node.left;
        node.left = top.right;
        top.right = node;
        refresh(node);
        refresh(top);
        return top;
    }

    private static Node rotateLeft(Node node) {
        Node top = node.right;
        node.right = top.left;
        top.left = node;
        refresh(node);
        refresh(top);
        return top;
    }

    private static void refresh(Node node) {
        node.height = 1 + Math.max(height(node.left), height(node.right));
        node.size = 1 + size(node.left) + size(node.right);
    }

    private static int height(Node node) {
        return node == null ? 0 : node.height;
    }

    private static int size(Node node) {
        return node == null ? 0 : node.size;
    }
}
