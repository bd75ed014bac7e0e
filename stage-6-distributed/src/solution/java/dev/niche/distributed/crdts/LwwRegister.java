package dev.niche.distributed.crdts;

import java.util.Objects;
import java.util.Optional;

/**
 * The held write and its stamp. Stamps are totally ordered (timestamp, then replica name) and unique, so "keep the
 * higher" picks the same write whichever state merges into which: the merge is a maximum, hence a CRDT.
 */
public final class LwwRegister<V> {
    private static final LwwRegister<?> EMPTY = new LwwRegister<>(null, Long.MIN_VALUE, null);

    private final V value;
    private final long timestamp;
    private final String replica; // null only in the empty register

    private LwwRegister(V value, long timestamp, String replica) {
        this.value = value;
        this.timestamp = timestamp;
        this.replica = replica;
    }

    @SuppressWarnings("unchecked")
    public static <V> LwwRegister<V> empty() {
        return (LwwRegister<V>) EMPTY;
    }

    public LwwRegister<V> set(V value, long timestamp, String replica) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        if (replica == null) {
            throw new IllegalArgumentException("replica must not be null");
        }
        return merge(new LwwRegister<>(value, timestamp, replica));
    }

    public Optional<V> value() {
        return Optional.ofNullable(value);
    }

    public LwwRegister<V> merge(LwwRegister<V> other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return other.isAbove(this) ? other : this;
    }

    private boolean isAbove(LwwRegister<V> other) {
        if (replica == null) {
            return false;
        }
        if (other.replica == null || timestamp != other.timestamp) {
            return other.replica == null || timestamp > other.timestamp;
        }
        return replica.compareTo(other.replica) > 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LwwRegister<?> register && timestamp == register.timestamp
                && Objects.equals(replica, register.replica) && Objects.equals(value, register.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, timestamp, replica);
    }

    @Override
    public String toString() {
        return replica == null ? "LwwRegister(empty)" : "LwwRegister(" + value + " @" + timestamp + "/" + replica + ")";
    }
}
