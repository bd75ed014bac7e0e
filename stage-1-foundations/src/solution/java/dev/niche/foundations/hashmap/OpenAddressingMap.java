package dev.niche.foundations.hashmap;

import java.util.Objects;

/**
 * A hash map with open addressing and linear probing. Reference solution.
 *
 * <p>Slots are parallel arrays of keys and values. A slot is free (key null), live, or a tombstone (key is
 * {@link #TOMBSTONE}). The table is a power of two, so {@code hash & (length - 1)} picks a slot; the hash is
 * spread first so that keys differing only in high bits do not pile up. Live entries plus tombstones stay at
 * most 3/4 of the table: this bounds the expected probe length, and guarantees a free slot ends every probe.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class OpenAddressingMap<K, V> {
    private static final Object TOMBSTONE = new Object();
    private static final int INITIAL_CAPACITY = 16;

    private Object[] keys;
    private Object[] values;
    private int size;
    private int tombstones;

    /** An empty map. */
    public OpenAddressingMap() {
        keys = new Object[INITIAL_CAPACITY];
        values = new Object[INITIAL_CAPACITY];
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or null when the key was absent. */
    public V put(K key, V value) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        int found = find(key);
        if (found >= 0) {
            V previous = valueAt(found);
            values[found] = value;
            return previous;
        }
        if (4 * (size + tombstones + 1) > 3 * keys.length) {
            resize();
        }
        int slot = firstReusable(key);
        if (keys[slot] == TOMBSTONE) {
            tombstones--;
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return null;
    }

    /** The value mapped to {@code key}, or null when there is none. */
    public V get(K key) {
        int found = find(Objects.requireNonNull(key, "key must not be null"));
        return found < 0 ? null : valueAt(found);
    }

    /** True when {@code key} is mapped. */
    public boolean containsKey(K key) {
        return find(Objects.requireNonNull(key, "key must not be null")) >= 0;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public V remove(K key) {
        int found = find(Objects.requireNonNull(key, "key must not be null"));
        if (found < 0) {
            return null;
        }
        V previous = valueAt(found);
        keys[found] = TOMBSTONE;
        values[found] = null;
        size--;
        tombstones++;
        return previous;
    }

    /** How many keys are mapped. */
    public int size() {
        return size;
    }

    /** The slot holding {@code key}, or -1. Walks past tombstones and stops at the first free slot. */
    private int find(Object key) {
        int mask = keys.length - 1;
        for (int slot = spread(key.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            Object k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (k != TOMBSTONE && k.equals(key)) {
                return slot;
            }
        }
    }

    /** The first tombstone or free slot on {@code key}'s probe sequence (the key is known to be absent). */
    private int firstReusable(Object key) {
        int mask = keys.length - 1;
        int slot = spread(key.hashCode()) & mask;
        while (keys[slot] != null && keys[slot] != TOMBSTONE) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Re-inserts every live entry into a table sized for them, dropping the tombstones. */
    private void resize() {
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        int capacity = INITIAL_CAPACITY;
        while (2 * (size + 1) > capacity) {
            capacity *= 2;
        }
        keys = new Object[capacity];
        values = new Object[capacity];
        tombstones = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && oldKeys[i] != TOMBSTONE) {
                int slot = firstReusable(oldKeys[i]);
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @SuppressWarnings("unchecked")
    private V valueAt(int slot) {
        return (V) values[slot];
    }
}
