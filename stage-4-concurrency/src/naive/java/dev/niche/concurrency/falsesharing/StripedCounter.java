package dev.niche.concurrency.falsesharing;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A counter split into stripes. Naive variant: correct and atomic, but the stripes are neighbours in one
 * {@link AtomicLongArray}, eight bytes apart, so up to eight stripes share each cache line.
 */
public class StripedCounter {
    private final AtomicLongArray counts;

    public StripedCounter(int stripes) {
        if (stripes < 1) {
            throw new IllegalArgumentException("stripes must be at least 1, was " + stripes);
        }
        counts = new AtomicLongArray(stripes);
    }

    public int stripes() {
        return counts.length();
    }

    public void add(int stripe, long delta) {
        if (stripe < 0 || stripe >= counts.length()) {
            throw new IllegalArgumentException("stripe must be in [0, " + counts.length() + "), was " + stripe);
        }
        counts.getAndAdd(stripe, delta);
    }

    public long sum() {
        long sum = 0;
        for (int i = 0; i < counts.length(); i++) {
            sum += counts.get(i);
        }
        return sum;
    }
}
