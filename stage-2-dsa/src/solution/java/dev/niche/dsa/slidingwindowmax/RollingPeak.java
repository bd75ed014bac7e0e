package dev.niche.dsa.slidingwindowmax;

import java.util.Objects;

/** Reference: one pass with a double-ended queue of the samples that can still be a window's peak. */
public final class RollingPeak {
    private RollingPeak() {
    }

    /**
     * A sample followed, inside the window, by a sample at least as large can never be a peak again: the later
     * one outlives it and dominates it. So keep only the others, by index, in a deque. Invariant: their samples
     * strictly decrease from front to back, and they all lie in the current window, so the front is the peak.
     * Each new sample pops the smaller-or-equal ones off the back, then joins; the front leaves once it falls
     * out of the window. Each index enters and leaves once: O(n) whatever the window.
     */
    public static int[] of(int[] samples, int window) {
        Objects.requireNonNull(samples, "samples");
        int n = samples.length;
        if (window < 1 || window > n) {
            throw new IllegalArgumentException("window must be between 1 and the " + n + " samples, got " + window);
        }
        int[] peaks = new int[n - window + 1];
        int[] candidates = new int[n];
        int front = 0;
        int back = 0;
        for (int i = 0; i < n; i++) {
            while (back > front && samples[candidates[back - 1]] <= samples[i]) {
                back--;
            }
            candidates[back++] = i;
            int start = i - window + 1;
            if (candidates[front] < start) {
                front++;
            }
            if (start >= 0) {
                peaks[start] = samples[candidates[front]];
            }
        }
        return peaks;
    }
}
