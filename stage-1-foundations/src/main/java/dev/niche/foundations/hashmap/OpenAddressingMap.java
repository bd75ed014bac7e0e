package dev.niche.foundations.hashmap;

/**
 * A hash map with open addressing: every entry lives in one array; a key's hash picks a slot, and on a
 * collision the key goes to the next free slot along a probe sequence (linear probing: slot + 1, + 2, ...).
 *
 * <p>What makes it work:
 * <ul>
 *   <li>Resize: keep the table at most about 3/4 full (counting deleted slots), doubling and re-inserting
 *       when it would pass that, so probe sequences stay short.</li>
 *   <li>Deletion: an emptied slot cannot simply become free, or keys further along its probe sequence would
 *       be lost. Mark it deleted (a tombstone): lookups walk past it, inserts may reuse it.</li>
 * </ul>
 *
 * <h2>Required complexity (n = size)</h2>
 * {@link #put}, {@link #get}, {@link #remove}, {@link #containsKey}: O(1) expected time, with a bounded
 * number of {@code equals} calls per operation however large the map grows. {@link #size}: O(1).
 * Space: O(n).
 *
 * <h2>Bad input</h2>
 * A null key or value throws {@link NullPointerException} with a message naming it ("key" or "value").
 *
 * @param <K> key type; its {@code hashCode} and {@code equals} must agree
 * @param <V> value type
 */
public final class OpenAddressingMap<K, V> {

    /** An empty map. */
    public OpenAddressingMap() {
        throw new UnsupportedOperationException("TODO: allocate the slot arrays (a power of two, say 16)");
    }

    /** Maps {@code key} to {@code value}; returns the previous value, or null when the key was absent. */
    public V put(K key, V value) {
        throw new UnsupportedOperationException("TODO: probe for the key; replace its value or insert it");
    }

    /** The value mapped to {@code key}, or null when there is none. */
    public V get(K key) {
        throw new UnsupportedOperationException("TODO: probe from the key's slot until the key or a free slot");
    }

    /** True when {@code key} is mapped. */
    public boolean containsKey(K key) {
        throw new UnsupportedOperationException("TODO: like get");
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public V remove(K key) {
        throw new UnsupportedOperationException("TODO: find the key and leave a tombstone in its slot");
    }

    /** How many keys are mapped. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return the number of live entries");
    }
}
