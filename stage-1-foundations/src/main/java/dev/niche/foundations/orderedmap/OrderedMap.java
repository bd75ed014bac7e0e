package dev.niche.foundations.orderedmap;

import java.util.Comparator;
import java.util.List;

/**
 * An ordered map: keys kept sorted by a {@link Comparator}, so that besides put, get and remove it can answer
 * "the nearest key below or above x", "how many keys are smaller than x" and "every key between lo and hi",
 * each in logarithmic time.
 *
 * <p>Two keys are the same key when the comparator returns 0 for them, whatever their {@code equals} says
 * (like {@link java.util.TreeMap}).
 *
 * <p>A plain binary search tree has the right shape for all of this, but only while it stays bushy: insert keys
 * in sorted order and it degenerates into a linked list, where every operation costs O(n). Keep the tree
 * balanced on every put and every remove. Any balancing scheme will do: AVL, red-black (left-leaning or not),
 * or a treap (its bounds are then expected ones; give its random generator a fixed seed). For {@link #rank},
 * each node also needs to know the size of its subtree.
 *
 * <h2>Required complexity (n = size, k = number of keys returned)</h2>
 * <ul>
 *   <li>{@link #put}, {@link #get}, {@link #containsKey}, {@link #remove}, {@link #floorKey},
 *       {@link #ceilingKey}, {@link #rank}: O(log n) time and O(log n) comparisons, in the worst case, whatever
 *       the order in which the keys were inserted;</li>
 *   <li>{@link #range}: O(log n + k) time and comparisons;</li>
 *   <li>{@link #size}: O(1);</li>
 *   <li>space: O(n), one node per key.</li>
 * </ul>
 * The grader counts the comparisons your map makes through the comparator it is given, after inserting keys in
 * sorted order, and times {@link #rank}.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null comparator, key or value throws {@link NullPointerException} with a message naming it
 *       ("order", "key", "value"); in {@link #range}, a null bound names it ("lo" or "hi");</li>
 *   <li>{@link #range} with lo after hi throws {@link IllegalArgumentException} with a message naming both
 *       bounds and their values, for example {@code "range: lo (9) is after hi (4)"}.</li>
 * </ul>
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class OrderedMap<K, V> {

    /** An empty map whose keys are ordered by {@code order}. */
    public OrderedMap(Comparator<? super K> order) {
        throw new UnsupportedOperationException("TODO: keep the comparator; the tree starts empty");
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or null when the key was absent. */
    public V put(K key, V value) {
        throw new UnsupportedOperationException(
                "TODO: replace the value of an existing key, or insert a node and rebalance on the way up");
    }

    /** The value mapped to {@code key}, or null when there is none. */
    public V get(K key) {
        throw new UnsupportedOperationException("TODO: walk down from the root, left or right by the comparator");
    }

    /** True when {@code key} is mapped. */
    public boolean containsKey(K key) {
        throw new UnsupportedOperationException("TODO: like get");
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public V remove(K key) {
        throw new UnsupportedOperationException(
                "TODO: unlink the node (a node with two children takes its successor's entry), then rebalance");
    }

    /** How many keys are mapped. */
    public int size() {
        throw new UnsupportedOperationException("TODO: the number of keys, without walking the tree");
    }

    /** The greatest key less than or equal to {@code key}, or null when every key is greater. */
    public K floorKey(K key) {
        throw new UnsupportedOperationException(
                "TODO: walk down, remembering the last key you passed that was not greater than key");
    }

    /** The least key greater than or equal to {@code key}, or null when every key is smaller. */
    public K ceilingKey(K key) {
        throw new UnsupportedOperationException(
                "TODO: walk down, remembering the last key you passed that was not smaller than key");
    }

    /**
     * The number of keys strictly less than {@code key}; {@code key} need not be in the map. This is the
     * index {@code key} has, or would have, in the sorted list of keys.
     */
    public int rank(K key) {
        throw new UnsupportedOperationException(
                "TODO: walk down; each step right skips the left subtree and the node, so add their count");
    }

    /**
     * The keys {@code k} with lo &lt;= k &lt; hi, in increasing order: a new list the caller may keep.
     * Empty when lo equals hi.
     */
    public List<K> range(K lo, K hi) {
        throw new UnsupportedOperationException(
                "TODO: an in-order walk that skips every subtree lying wholly below lo or at or above hi");
    }
}
