package dev.niche.distributed.crdts;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One share per replica, each written only by its replica, so a share only grows. Merging takes the larger of
 * each share: the larger one has seen every increment the smaller has, and nothing is counted twice however often
 * the same state arrives.
 */
public final class GCounter {
    private static final GCounter EMPTY = new GCounter(new TreeMap<>());

    private final Map<String, Long> shares;

    private GCounter(TreeMap<String, Long> shares) {
        this.shares = Collections.unmodifiableMap(shares);
    }

    public static GCounter empty() {
        return EMPTY;
    }

    public GCounter increment(String replica, long amount) {
        if (replica == null) {
            throw new IllegalArgumentException("replica must not be null");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1, got " + amount);
        }
        TreeMap<String, Long> copy = new TreeMap<>(shares);
        copy.merge(replica, amount, Long::sum);
        return new GCounter(copy);
    }

    public long value() {
        return shares.values().stream().mapToLong(Long::longValue).sum();
    }

    public GCounter merge(GCounter other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        TreeMap<String, Long> copy = new TreeMap<>(shares);
        other.shares.forEach((replica, share) -> copy.merge(replica, share, Math::max));
        return new GCounter(copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GCounter counter && shares.equals(counter.shares);
    }

    @Override
    public int hashCode() {
        return shares.hashCode();
    }

    @Override
    public String toString() {
        return "GCounter" + shares;
    }
}
