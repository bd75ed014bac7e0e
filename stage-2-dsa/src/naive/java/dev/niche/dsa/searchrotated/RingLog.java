package dev.niche.dsa.searchrotated;

import java.util.Objects;

/** Naive: reads the slots one by one until it meets the id. Correct, but O(n) reads. */
public final class RingLog {
    private RingLog() {
    }

    public static int slotOf(Slots slots, int id) {
        Objects.requireNonNull(slots, "slots");
        int n = slots.size();
        if (n < 0) {
            throw new IllegalArgumentException("slots.size() must not be negative, got " + n);
        }
        for (int i = 0; i < n; i++) {
            if (slots.get(i) == id) {
                return i;
            }
        }
        return -1;
    }
}
