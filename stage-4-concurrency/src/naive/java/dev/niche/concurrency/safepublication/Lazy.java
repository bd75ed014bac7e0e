package dev.niche.concurrency.safepublication;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Naive variant: double-checked locking without {@code volatile}. The lock makes the supplier run once, and
 * on a sequentially consistent machine it would be correct; under the Java Memory Model the unlocked first
 * read of {@code value} may see the reference before the fields of the object it points to.
 *
 * @param <T> the type of the value
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> supplier;
    private T value;

    public Lazy(Supplier<? extends T> supplier) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
    }

    @Override
    public T get() {
        if (value == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(supplier.get(), "the supplier returned null");
                }
            }
        }
        return value;
    }
}
