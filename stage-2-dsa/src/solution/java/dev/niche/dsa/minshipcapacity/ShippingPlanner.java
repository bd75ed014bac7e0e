package dev.niche.dsa.minshipcapacity;

import java.util.Objects;

/** Reference: halve the range of candidate capacities, testing the middle one with a greedy loading pass. */
public final class ShippingPlanner {
    private ShippingPlanner() {
    }

    /**
     * If capacity C ships everything in time, so does every larger capacity: "C is enough" is false up to the
     * answer and true from it on. So the answer can be found by halving the range of candidates, from the
     * heaviest package (no smaller ferry can carry it) to the total weight (one day is enough). Invariant: the
     * answer lies in {@code [lo, hi]}. Each halving costs one pass of at most n scans, about log2 S passes.
     */
    public static long minCapacity(Manifest manifest, int days) {
        Objects.requireNonNull(manifest, "manifest");
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + days);
        }
        int n = manifest.size();
        if (n < 0) {
            throw new IllegalArgumentException("manifest.size() must not be negative, got " + n);
        }
        long heaviest = 0;
        long total = 0;
        for (int i = 0; i < n; i++) {
            int weight = manifest.weight(i);
            if (weight < 1) {
                throw new IllegalArgumentException("weight(" + i + ") = " + weight + " must be positive");
            }
            heaviest = Math.max(heaviest, weight);
            total += weight;
        }
        long lo = heaviest;
        long hi = total;
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (shipsInTime(manifest, n, mid, days)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Loads each day's ferry as full as it goes: filling greedily never needs more days than any other way of
     * cutting the queue, so if this fails, every way fails. Stops as soon as the days run out.
     */
    private static boolean shipsInTime(Manifest manifest, int n, long capacity, int days) {
        int daysUsed = 1;
        long load = 0;
        for (int i = 0; i < n; i++) {
            int weight = manifest.weight(i);
            if (load + weight > capacity) {
                daysUsed++;
                if (daysUsed > days) {
                    return false;
                }
                load = 0;
            }
            load += weight;
        }
        return true;
    }
}
