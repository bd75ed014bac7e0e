package dev.niche.concurrency.safepublication;

import java.util.Objects;
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
 * <p>Double-checked locking with a {@code volatile} field. The lock makes "check, run the supplier, store"
 * one step, so the supplier runs once. The {@code volatile} is what makes the unlocked first check safe: the
 * write of {@code value} happens-before every read that sees it, and so do all the writes the supplier made
 * before it, so a reader that finds the reference also finds the object's fields. Without it a reader may
 * see the reference first and the fields later. The local {@code v} reads the volatile field once on the
 * fast path. The supplier stays in a {@code final} field: a {@code final} field is safe to read from any
 * thread that sees this object.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> supplier;
    private volatile T value;

    /**
     * A lazy value computed by {@code supplier}. The supplier is not called here.
     *
     * @throws NullPointerException if {@code supplier} is null (the message names {@code supplier})
     */
    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
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
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(supplier.get(), "the supplier returned null");
                    value = v;
                }
            }
        }
        return v;
    }
}
