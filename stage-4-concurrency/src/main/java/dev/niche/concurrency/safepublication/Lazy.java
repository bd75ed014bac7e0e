package dev.niche.concurrency.safepublication;

import java.util.function.Supplier;

/**
 * A value computed on first use. {@link #get} runs the supplier the first time it is called and returns the
 * same object from then on.
 *
 * <p>Thread-safety promise: any number of threads may call {@link #get} at once, also the very first time.
 * The supplier runs exactly once (unless it fails, see below), every caller gets the same object, and every
 * caller sees that object fully constructed: all the fields the supplier set, never defaults from before.
 * After the first call, {@code get} should not need a lock: a {@code synchronized get} is correct, but then
 * every reader waits in line for a value that never changes again.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {

    /**
     * A lazy value computed by {@code supplier}. The supplier is not called here.
     *
     * @throws NullPointerException if {@code supplier} is null (the message names {@code supplier})
     */
    public Lazy(Supplier<? extends T> supplier) {
        throw new UnsupportedOperationException("TODO: keep the supplier; compute nothing yet");
    }

    /**
     * The value: computed by the supplier on the first call, the same object on every later call.
     *
     * @throws NullPointerException if the supplier returns null (the message says so); nothing is remembered,
     *         and the next call runs the supplier again
     * @throws RuntimeException whatever the supplier throws, unchanged; nothing is remembered, and the next call
     *         runs the supplier again
     */
    @Override
    public T get() {
        throw new UnsupportedOperationException("TODO: run the supplier once, safely for racing threads");
    }
}
