package dev.niche.dsa.slidingwindowmax;

import java.util.Objects;

/** Naive: scans every window for its largest sample. Correct, but O(n * window): quadratic for wide windows. */
public final class RollingPeak {
    private RollingPeak() {
    }

    public static int[] of(int[] samples, int window) {
        Objects.requireNonNull(samples, "samples");
        int n = samples.length;
        if (window < 1 || window > n) {
            throw new IllegalArgumentException("window must be between 1 and the " + n + " samples, got " + window);
        }
        int[] peaks = new int[n - window + 1];
        for (int start = 0; start < peaks.length; start++) {
            int peak = samples[start];
            for (int i = start + 1; i < start + window; i++) {
                peak = Math.max(peak, samples[i]);
            }
            peaks[start] = peak;
        }
        return peaks;
    }
}
