package dev.niche.dsa.searchrotated;

import java.util.Objects;

/** Reference: one binary search, under an order in which the rotated ring is sorted. */
public final class RingLog {
    private RingLog() {
    }

    /**
     * The ring is two ascending runs, and every id of the first run is greater than the id in the last slot,
     * while every id of the second run is at most that id. So, reading the last slot once, the ring is sorted
     * by the pair (run, id): the first run before the second, ids ascending within a run. A plain binary
     * search under that order finds the id. Invariant: if the id is in the ring, its slot lies in
     * {@code [lo, hi]}; each read removes the probe and one half, so it costs floor(log2 n) + 2 reads.
     */
    public static int slotOf(Slots slots, int id) {
        Objects.requireNonNull(slots, "slots");
        int n = slots.size();
        if (n < 0) {
            throw new IllegalArgumentException("slots.size() must not be negative, got " + n);
        }
        if (n == 0) {
            return -1;
        }
        int last = slots.get(n - 1);
        boolean idInFirstRun = id > last;
        int lo = 0;
        int hi = n - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int probe = slots.get(mid);
            if (probe == id) {
                return mid;
            }
            boolean probeInFirstRun = probe > last;
            boolean probeBeforeId = probeInFirstRun == idInFirstRun ? probe < id : probeInFirstRun;
            if (probeBeforeId) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }
}
