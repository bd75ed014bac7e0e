package dev.niche.dsa.minshipcapacity;

import java.util.Objects;

/**
 * Naive: tries every capacity from the heaviest package upwards until one ships in time. Correct, but it may
 * try S capacities, each costing a pass over the manifest: O(n * S).
 */
public final class ShippingPlanner {
    private ShippingPlanner() {
    }

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
        for (int i = 0; i < n; i++) {
            int weight = manifest.weight(i);
            if (weight < 1) {
                throw new IllegalArgumentException("weight(" + i + ") = " + weight + " must be positive");
            }
            heaviest = Math.max(heaviest, weight);
        }
        long capacity = heaviest;
        while (!shipsInTime(manifest, n, capacity, days)) {
            capacity++;
        }
        return capacity;
    }

    private static boolean shipsInTime(Manifest manifest, int n, long capacity, int days) {
        int daysUsed = 1;
        long load = 0;
        for (int i = 0; i < n; i++) {
            int weight = manifest.weight(i);
            if (load + weight > capacity) {
                daysUsed++;
                load = 0;
            }
            load += weight;
        }
        return daysUsed <= days;
    }
}
