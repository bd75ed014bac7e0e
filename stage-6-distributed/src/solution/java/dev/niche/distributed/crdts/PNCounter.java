package dev.niche.distributed.crdts;

/**
 * Two grow-only counters, one for increments and one for decrements. A single signed share per replica could go
 * down, and "take the larger" would then keep the wrong one; two shares that only grow keep the merge a maximum.
 */
public final class PNCounter {
    private static final PNCounter EMPTY = new PNCounter(GCounter.empty(), GCounter.empty());

    private final GCounter increments;
    private final GCounter decrements;

    private PNCounter(GCounter increments, GCounter decrements) {
        this.increments = increments;
        this.decrements = decrements;
    }

    public static PNCounter empty() {
        return EMPTY;
    }

    public PNCounter increment(String replica, long amount) {
        return new PNCounter(increments.increment(replica, amount), decrements);
    }

    public PNCounter decrement(String replica, long amount) {
        return new PNCounter(increments, decrements.increment(replica, amount));
    }

    public long value() {
        return increments.value() - decrements.value();
    }

    public PNCounter merge(PNCounter other) {
        if (other == null) {
            throw new IllegalArgumentException("other must not be null");
        }
        return new PNCounter(increments.merge(other.increments), decrements.merge(other.decrements));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PNCounter counter && increments.equals(counter.increments)
                && decrements.equals(counter.decrements);
    }

    @Override
    public int hashCode() {
        return 31 * increments.hashCode() + decrements.hashCode();
    }

    @Override
    public String toString() {
        return "PNCounter(+" + increments + ", -" + decrements + ")";
    }
}
