package dev.niche.foundations.orderedmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An ordered map on an AVL tree whose nodes also know the size of their subtree. Reference solution.
 *
 * <p>AVL invariant: at every node the heights of the two subtrees differ by at most one, which keeps the height
 * under 1.45 log2 n, so every walk from the root is logarithmic. Insertion and deletion are recursive: each
 * call returns the new root of its subtree, and on the way back up every node recomputes its height and size
 * and, if one side has become two levels taller, is repaired with one or two rotations.
 *
 * <p>Subtree sizes make {@link #rank} a single walk down: whenever the walk goes right, every key in the left
 * subtree, and the node's own key, are smaller than the key sought.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class OrderedMap<K, V> {

    private static final class Node<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;
        int height = 1;
        int size = 1;

        Node(K key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    private final Comparator<? super K> order;
    private Node<K, V> root;

    /** An empty map whose keys are ordered by {@code order}. */
    public OrderedMap(Comparator<? super K> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or null when the key was absent. */
    public V put(K key, V value) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Node<K, V> existing = find(key);
        if (existing != null) {
            V previous = existing.value;
            existing.value = value;
            return previous;
        }
        root = insert(root, key, value);
        return null;
    }

    /** The value mapped to {@code key}, or null when there is none. */
    public V get(K key) {
        Node<K, V> node = find(Objects.requireNonNull(key, "key must not be null"));
        return node == null ? null : node.value;
    }

    /** True when {@code key} is mapped. */
    public boolean containsKey(K key) {
        return find(Objects.requireNonNull(key, "key must not be null")) != null;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public V remove(K key) {
        Node<K, V> existing = find(Objects.requireNonNull(key, "key must not be null"));
        if (existing == null) {
            return null;
        }
        V previous = existing.value;
        root = delete(root, key);
        return previous;
    }

    /** How many keys are mapped. */
    public int size() {
        return size(root);
    }

    /** The greatest key less than or equal to {@code key}, or null when every key is greater. */
    public K floorKey(K key) {
        Objects.requireNonNull(key, "key must not be null");
        K best = null;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                return node.key;
            }
            if (cmp < 0) {
                node = node.left;
            } else {
                best = node.key;
                node = node.right;
            }
        }
        return best;
    }

    /** The least key greater than or equal to {@code key}, or null when every key is smaller. */
    public K ceilingKey(K key) {
        Objects.requireNonNull(key, "key must not be null");
        K best = null;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                return node.key;
            }
            if (cmp > 0) {
                node = node.right;
            } else {
                best = node.key;
                node = node.left;
            }
        }
        return best;
    }

    /** The number of keys strictly less than {@code key}; {@code key} need not be in the map. */
    public int rank(K key) {
        Objects.requireNonNull(key, "key must not be null");
        int smaller = 0;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp <= 0) {
                if (cmp == 0) {
                    return smaller + size(node.left);
                }
                node = node.left;
            } else {
                smaller += size(node.left) + 1;
                node = node.right;
            }
        }
        return smaller;
    }

    /** The keys {@code k} with lo &lt;= k &lt; hi, in increasing order. */
    public List<K> range(K lo, K hi) {
        Objects.requireNonNull(lo, "lo must not be null");
        Objects.requireNonNull(hi, "hi must not be null");
        if (order.compare(lo, hi) > 0) {
            throw new IllegalArgumentException("range: lo (" + lo + ") is after hi (" + hi + ")");
        }
        List<K> keys = new ArrayList<>();
        collect(root, lo, hi, keys);
        return keys;
    }

    /**
     * In-order walk of the part of the tree inside [lo, hi). A subtree is entered only when it can hold such
     * keys, so the walk visits the k keys returned plus the two boundary paths: O(log n + k) nodes.
     */
    private void collect(Node<K, V> node, K lo, K hi, List<K> out) {
        if (node == null) {
            return;
        }
        boolean aboveLo = order.compare(lo, node.key) <= 0;
        boolean belowHi = order.compare(node.key, hi) < 0;
        if (aboveLo) {
            collect(node.left, lo, hi, out);
        }
        if (aboveLo && belowHi) {
            out.add(node.key);
        }
        if (belowHi) {
            collect(node.right, lo, hi, out);
        }
    }

    private Node<K, V> find(K key) {
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                return node;
            }
            node = cmp < 0 ? node.left : node.right;
        }
        return null;
    }

    /** Inserts a key known to be absent into the subtree at {@code node}; returns the subtree's new root. */
    private Node<K, V> insert(Node<K, V> node, K key, V value) {
        if (node == null) {
            return new Node<>(key, value);
        }
        if (order.compare(key, node.key) < 0) {
            node.left = insert(node.left, key, value);
        } else {
            node.right = insert(node.right, key, value);
        }
        return rebalance(node);
    }

    /** Deletes a key known to be present from the subtree at {@code node}; returns the subtree's new root. */
    private Node<K, V> delete(Node<K, V> node, K key) {
        int cmp = order.compare(key, node.key);
        if (cmp < 0) {
            node.left = delete(node.left, key);
        } else if (cmp > 0) {
            node.right = delete(node.right, key);
        } else if (node.left == null) {
            return node.right;
        } else if (node.right == null) {
            return node.left;
        } else {
            Node<K, V> successor = node.right;
            while (successor.left != null) {
                successor = successor.left;
            }
            node.key = successor.key;
            node.value = successor.value;
            node.right = deleteMin(node.right);
        }
        return rebalance(node);
    }

    /** Unlinks the smallest node of the subtree at {@code node}, without comparing keys. */
    private Node<K, V> deleteMin(Node<K, V> node) {
        if (node.left == null) {
            return node.right;
        }
        node.left = deleteMin(node.left);
        return rebalance(node);
    }

    /**
     * Restores the AVL invariant at {@code node}, whose subtrees are valid AVL trees whose heights differ by at
     * most two, and refreshes its height and size. A child leaning the other way is first rotated straight
     * (the double rotation).
     */
    private Node<K, V> rebalance(Node<K, V> node) {
        update(node);
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

    private Node<K, V> rotateRight(Node<K, V> node) {
        Node<K, V> pivot = node.left;
        node.left = pivot.right;
        pivot.right = node;
        update(node);
        update(pivot);
        return pivot;
    }

    private Node<K, V> rotateLeft(Node<K, V> node) {
        Node<K, V> pivot = node.right;
        node.right = pivot.left;
        pivot.left = node;
        update(node);
        update(pivot);
        return pivot;
    }

    private void update(Node<K, V> node) {
        node.height = 1 + Math.max(height(node.left), height(node.right));
        node.size = 1 + size(node.left) + size(node.right);
    }

    private static int height(Node<?, ?> node) {
        return node == null ? 0 : node.height;
    }

    private static int size(Node<?, ?> node) {
        return node == null ? 0 : node.size;
    }
}
