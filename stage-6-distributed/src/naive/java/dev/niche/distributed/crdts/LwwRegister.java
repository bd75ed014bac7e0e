package dev.niche.distributed.crdts;

import java.util.Objects;
import java.util.Optional;

/** Last writer wins by timestamp alone: on a tie each replica keeps the write it holds, so replicas can disagree. */
public final class LwwRegister<V> {
    private final V value;
    private final long timestamp;

    private LwwRegister(V value, long timestamp) {
        this.value = value;
        this.timestamp = timestamp;
    }

    public static <V> LwwRegister<V> empty() {
        return new LwwRegister<>(null, Long.MIN_VALUE);
    }

    public LwwRegister<V> set(V value, long timestamp, String replica) {
        if (value == null || replica == null) {
            throw new IllegalArgumentException("value and replica must not be null");
        }
        return merge(new LwwRegister<>(value, timestamp));
    }

    public Optional<V> value() {
        return Optional.ofNullable(value);
    }

    public LwwRegister<V> merge(LwwRegister<V> other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return value == null || other.timestamp > timestamp ? other : this;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LwwRegister<?> register && timestamp == register.timestamp
                && Objects.equals(value, register.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, timestamp);
    }

    @Override
    public String toString() {
        return "LwwRegister(" + value + " @" + timestamp + ")";
    }
}
