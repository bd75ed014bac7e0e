package dev.niche.distributed.crdts;

/**
 * The classic mistake: one total for the whole counter, merged by taking the larger. Two replicas that each count
 * 3 while apart both hold 3, and their merge says 3, not 6: concurrent increments are lost.
 */
public final class GCounter {
    private final long total;

    private GCounter(long total) {
        this.total = total;
    }

    public static GCounter empty() {
        return new GCounter(0);
    }

    public GCounter increment(String replica, long amount) {
        if (replica == null) {
            throw new IllegalArgumentException("replica must not be null");
        }
        if (amount < 1) {
            throw new IllegalArgumentException("amount must be at least 1, got " + amount);
        }
        return new GCounter(total + amount);
    }

    public long value() {
        return total;
    }

    public GCounter merge(GCounter other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return new GCounter(Math.max(total, other.total));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GCounter counter && total == counter.total;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(total);
    }

    @Override
    public String toString() {
        return "GCounter(" + total + ")";
    }
}
