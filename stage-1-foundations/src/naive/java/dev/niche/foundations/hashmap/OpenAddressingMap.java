package dev.niche.foundations.hashmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Naive variant: a list of key-value pairs, scanned from the start on every call. Every answer is right;
 * every operation costs O(n) equals calls, which is what the complexity checks must catch.
 */
public final class OpenAddressingMap<K, V> {
    private final List<Object[]> pairs = new ArrayList<>();

    public OpenAddressingMap() {
    }

    public V put(K key, V value) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(value, "value must not be null");
        for (Object[] pair : pairs) {
            if (pair[0].equals(key)) {
                V previous = cast(pair[1]);
                pair[1] = value;
                return previous;
            }
        }
        pairs.add(new Object[] {key, value});
        return null;
    }

    public V get(K key) {
        Objects.requireNonNull(key, "key must not be null");
        for (Object[] pair : pairs) {
            if (pair[0].equals(key)) {
                return cast(pair[1]);
            }
        }
        return null;
    }

    public boolean containsKey(K key) {
        return get(key) != null;
    }

    public V remove(K key) {
        Objects.requireNonNull(key, "key must not be null");
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i)[0].equals(key)) {
                return cast(pairs.remove(i)[1]);
            }
        }
        return null;
    }

    public int size() {
        return pairs.size();
    }

    @SuppressWarnings("unchecked")
    private V cast(Object value) {
        return (V) value;
    }
}
