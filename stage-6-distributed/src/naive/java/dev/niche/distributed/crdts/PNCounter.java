package dev.niche.distributed.crdts;

/** The same mistake with a sign: one running total, merged by taking the larger, losing concurrent changes. */
public final class PNCounter {
    private final long total;

    private PNCounter(long total) {
        this.total = total;
    }

    public static PNCounter empty() {
        return new PNCounter(0);
    }

    public PNCounter increment(String replica, long amount) {
        check(replica, amount);
        return new PNCounter(total + amount);
    }

    public PNCounter decrement(String replica, long amount) {
        check(replica, amount);
        return new PNCounter(total - amount);
    }

    public long value() {
        return total;
    }

    public PNCounter merge(PNCounter other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return new PNCounter(Math.max(total, other.total));
    }

    private static void check(String replica, long amount) {
        if (replica == null || amount < 1) {
            throw new IllegalArgumentException("replica must not be null and amount at least 1: " + replica + ", "
                    + amount);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PNCounter counter && total == counter.total;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(total);
    }

    @Override
    public String toString() {
        return "PNCounter(" + total + ")";
    }
}
