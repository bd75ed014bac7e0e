package dev.niche.foundations.orderedmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Naive variant: a plain binary search tree that never rebalances, and a rank that counts the smaller keys one
 * by one in order. Every answer is right, and on keys inserted at random the tree is even shallow. But keys
 * inserted in sorted order all hang off one side: the tree is a linked list and get costs n comparisons; rank
 * costs O(n) whatever the shape. Everything is iterative, so the degenerate tree cannot overflow the stack.
 */
public final class OrderedMap<K, V> {

    private static final class Node<K, V> {
        K key;
        V value;
        Node<K, V> left;
        Node<K, V> right;

        Node(K key, V value) {
            this.key = key;
            this.value = value;
        }
    }

    private final Comparator<? super K> order;
    private Node<K, V> root;
    private int size;

    public OrderedMap(Comparator<? super K> order) {
        this.order = Objects.requireNonNull(order, "order must not be null");
    }

    public V put(K key, V value) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        if (root == null) {
            root = new Node<>(key, value);
            size++;
            return null;
        }
        Node<K, V> node = root;
        while (true) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                V previous = node.value;
                node.value = value;
                return previous;
            }
            Node<K, V> next = cmp < 0 ? node.left : node.right;
            if (next == null) {
                if (cmp < 0) {
                    node.left = new Node<>(key, value);
                } else {
                    node.right = new Node<>(key, value);
                }
                size++;
                return null;
            }
            node = next;
        }
    }

    public V get(K key) {
        Node<K, V> node = find(Objects.requireNonNull(key, "key must not be null"));
        return node == null ? null : node.value;
    }

    public boolean containsKey(K key) {
        return find(Objects.requireNonNull(key, "key must not be null")) != null;
    }

    public V remove(K key) {
        Objects.requireNonNull(key, "key must not be null");
        Node<K, V> parent = null;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                break;
            }
            parent = node;
            node = cmp < 0 ? node.left : node.right;
        }
        if (node == null) {
            return null;
        }
        V previous = node.value;
        if (node.left != null && node.right != null) {
            Node<K, V> successorParent = node;
            Node<K, V> successor = node.right;
            while (successor.left != null) {
                successorParent = successor;
                successor = successor.left;
            }
            node.key = successor.key;
            node.value = successor.value;
            parent = successorParent;
            node = successor;
        }
        Node<K, V> child = node.left != null ? node.left : node.right;
        if (parent == null) {
            root = child;
        } else if (parent.left == node) {
            parent.left = child;
        } else {
            parent.right = child;
        }
        size--;
        return previous;
    }

    public int size() {
        return size;
    }

    public K floorKey(K key) {
        Objects.requireNonNull(key, "key must not be null");
        K best = null;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                return node.key;
            }
            if (cmp > 0) {
                best = node.key;
            }
            node = cmp < 0 ? node.left : node.right;
        }
        return best;
    }

    public K ceilingKey(K key) {
        Objects.requireNonNull(key, "key must not be null");
        K best = null;
        Node<K, V> node = root;
        while (node != null) {
            int cmp = order.compare(key, node.key);
            if (cmp == 0) {
                return node.key;
            }
            if (cmp < 0) {
                best = node.key;
            }
            node = cmp < 0 ? node.left : node.right;
        }
        return best;
    }

    public int rank(K key) {
        Objects.requireNonNull(key, "key must not be null");
        int smaller = 0;
        for (K k : keysInOrder()) {
            if (order.compare(k, key) >= 0) {
                break;
            }
            smaller++;
        }
        return smaller;
    }

    public List<K> range(K lo, K hi) {
        Objects.requireNonNull(lo, "lo must not be null");
        Objects.requireNonNull(hi, "hi must not be null");
        if (order.compare(lo, hi) > 0) {
            throw new IllegalArgumentException("range: lo (" + lo + ") is after hi (" + hi + ")");
        }
        List<K> keys = new ArrayList<>();
        for (K k : keysInOrder()) {
            if (order.compare(k, hi) >= 0) {
                break;
            }
            if (order.compare(k, lo) >= 0) {
                keys.add(k);
            }
        }
        return keys;
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

    private List<K> keysInOrder() {
        List<K> keys = new ArrayList<>(size);
        Deque<Node<K, V>> pending = new ArrayDeque<>();
        Node<K, V> node = root;
        while (node != null || !pending.isEmpty()) {
            while (node != null) {
                pending.push(node);
                node = node.left;
            }
            node = pending.pop();
            keys.add(node.key);
            node = node.right;
        }
        return keys;
    }
}
