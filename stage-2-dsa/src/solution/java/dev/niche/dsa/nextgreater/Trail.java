package dev.niche.dsa.nextgreater;

import java.util.Arrays;
import java.util.Objects;

/** Reference: one pass with a stack of the posts still waiting for a higher one. */
public final class Trail {
    private Trail() {
    }

    /**
     * Walk the trail once, keeping the posts whose answer is not known yet on a stack. Invariant: their
     * elevations never increase from the bottom of the stack to the top (a higher post would already have
     * answered every lower one below it). So when a new post arrives, the waiting posts it rises above are
     * exactly those on top of the stack: pop them, record the new post as their answer, then push it. Each
     * post is pushed once and popped at most once: O(n) in all.
     */
    public static int[] nextHigher(int[] elevations) {
        Objects.requireNonNull(elevations, "elevations");
        int n = elevations.length;
        int[] next = new int[n];
        Arrays.fill(next, -1);
        int[] waiting = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            while (size > 0 && elevations[waiting[size - 1]] < elevations[i]) {
                next[waiting[--size]] = i;
            }
            waiting[size++] = i;
        }
        return next;
    }
}
