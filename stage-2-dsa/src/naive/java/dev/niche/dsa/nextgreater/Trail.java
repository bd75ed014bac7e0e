package dev.niche.dsa.nextgreater;

import java.util.Objects;

/** Naive: from each post, walks ahead until it finds a higher one. Correct, but O(n^2) on a long descent. */
public final class Trail {
    private Trail() {
    }

    public static int[] nextHigher(int[] elevations) {
        Objects.requireNonNull(elevations, "elevations");
        int n = elevations.length;
        int[] next = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = -1;
            for (int j = i + 1; j < n; j++) {
                if (elevations[j] > elevations[i]) {
                    next[i] = j;
                    break;
                }
            }
        }
        return next;
    }
}
