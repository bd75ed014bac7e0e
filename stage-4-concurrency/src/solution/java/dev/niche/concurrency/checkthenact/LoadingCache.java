package dev.niche.concurrency.checkthenact;

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
 * <p>Each call on a {@link ConcurrentHashMap} is atomic, but "is it there? if not, load and put; then read"
 * is three calls, and other threads can act between them: two of them load the same key, or an
 * {@code invalidate} removes the value between the check and the read. {@code computeIfAbsent} does the
 * whole compound action as one step: it runs the loader while holding the lock of the key's bin, so other
 * callers of that key wait for the one load and then return its value. A loader that throws or returns null
 * leaves no mapping behind. Because the loader runs under that lock, it must be quick-ish and must not touch
 * the map; for slow loaders, put a {@code CompletableFuture} into the map with {@code putIfAbsent} and
 * complete it outside the map.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public class LoadingCache<K, V> {
    private final Function<? super K, ? extends V> loader;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();

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
        return values.computeIfAbsent(key,
                k -> Objects.requireNonNull(loader.apply(k), () -> "the loader returned null for " + k));
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
