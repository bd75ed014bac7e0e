package dev.niche.concurrency.checkthenact;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A memoizing cache: the first {@link #get} of a key asks the loader for its value, later calls return the
 * remembered one until the key is {@linkplain #invalidate invalidated}.
 *
 * <p>Thread-safety promise: any number of threads may call every method at once. For each key the loader runs
 * at most once per generation (from the first {@code get} after creation or after an {@code invalidate}, to
 * the next {@code invalidate}), and every {@code get} of that generation returns the value that one load
 * produced. {@code get} never returns {@code null}. The loader must not call back into this cache.
 *
 * <p>Starting code: correct for one thread, racy for many (see the package description).
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class LoadingCache<K, V> {
    private final Function<? super K, ? extends V> loader;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    /**
     * A cache that loads missing values with {@code loader}.
     *
     * @throws NullPointerException if {@code loader} is null (the message names {@code loader})
     */
    public LoadingCache(Function<? super K, ? extends V> loader) {
        this.loader = Objects.requireNonNull(loader, "loader");
    }

    /**
     * The value of {@code key}: the remembered one, or else a fresh one from the loader, which is remembered.
     *
     * @throws NullPointerException if {@code key} is null (the message names {@code key}), or if the loader
     *         returns null (the message names the key); nothing is remembered then
     * @throws RuntimeException whatever the loader throws, unchanged; nothing is remembered, and the next
     *         {@code get} of the key asks the loader again
     */
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        if (!values.containsKey(key)) {
            values.put(key, Objects.requireNonNull(loader.apply(key), () -> "the loader returned null for " + key));
        }
        return values.get(key);
    }

    /**
     * Forgets the value of {@code key}, if any, so that the next {@code get} loads it again.
     *
     * @throws NullPointerException if {@code key} is null (the message names {@code key})
     */
    public void invalidate(K key) {
        values.remove(Objects.requireNonNull(key, "key"));
    }

    /** How many keys have a remembered value. */
    public int size() {
        return values.size();
    }
}
