package dev.niche.distributed.crdts;

import java.util.Optional;

/**
 * A last-writer-wins register, a state-based CRDT. Immutable. Each write carries a stamp, (timestamp, replica),
 * and the register holds the write with the highest stamp it has seen: stamps compare by timestamp, and equal
 * timestamps by the replica's name ({@link String#compareTo}), so any two writes are ordered the same way on
 * every replica. A replica never stamps two writes alike. {@code equals} and {@code hashCode} compare the held
 * write (value and stamp), as in {@link GCounter}.
 *
 * @param <V> the value type
 */
public final class LwwRegister<V> {

    /** The register nobody has written: no value. */
    public static <V> LwwRegister<V> empty() {
        throw new UnsupportedOperationException("TODO: the register that holds no write");
    }

    /**
     * This state after a write of {@code value} stamped ({@code timestamp}, {@code replica}): the write is kept if
     * its stamp is higher than the held one's, and lost otherwise (that is the "last writer wins").
     *
     * @throws IllegalArgumentException if {@code value} or {@code replica} is null (the message names it)
     */
    public LwwRegister<V> set(V value, long timestamp, String replica) {
        throw new UnsupportedOperationException("TODO: keep the write with the higher stamp");
    }

    /** The value of the write with the highest stamp seen, empty if none. */
    public Optional<V> value() {
        throw new UnsupportedOperationException("TODO: the held write's value");
    }

    /**
     * The state holding the higher-stamped write of the two (commutative, associative, idempotent).
     *
     * @throws IllegalArgumentException if {@code other} is null (the message names it)
     */
    public LwwRegister<V> merge(LwwRegister<V> other) {
        throw new UnsupportedOperationException("TODO: keep the write with the higher stamp");
    }

    @Override
    public boolean equals(Object other) {
        throw new UnsupportedOperationException("TODO: equal when they hold the same write");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("TODO: a hash that agrees with equals");
    }
}
