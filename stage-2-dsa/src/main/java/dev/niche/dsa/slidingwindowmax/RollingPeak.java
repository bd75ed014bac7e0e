package dev.niche.dsa.slidingwindowmax;

/**
 * What was the worst latency over the last few minutes?
 *
 * <p>A monitoring dashboard keeps one latency sample per minute. Its chart plots, for every minute, the peak
 * (the largest sample) over a window of {@code window} consecutive minutes ending there. Operators zoom out to
 * windows of days over months of samples, so recomputing each window's peak from scratch, which costs
 * n * window steps, is too slow: the cost must not depend on the window.
 *
 * <p>For example, samples {@code [4, 2, 12, 3, 8, 1, 5]} with a window of 3 give
 * {@code [12, 12, 12, 8, 8]}: the peaks of [4, 2, 12], [2, 12, 3], [12, 3, 8], [3, 8, 1] and [8, 1, 5].
 *
 * <h2>Contract</h2>
 * {@code of(samples, window)} returns a new array of {@code samples.length - window + 1} peaks, where element
 * {@code i} is the largest of {@code samples[i]} to {@code samples[i + window - 1]}. Samples are any ints. The
 * input array is not modified.
 *
 * <h2>Required complexity (n = number of samples)</h2>
 * O(n) time, whatever the window, and O(n) extra space besides the answer. The grader times the call with a
 * window of n / 2: the time must grow linearly with n, not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} with a message naming it ("samples"). A window outside
 * {@code [1, samples.length]} throws {@link IllegalArgumentException} naming the window and the number of
 * samples; in particular, no window fits an empty array.
 */
public final class RollingPeak {
    private RollingPeak() {
    }

    /** The largest sample of every run of {@code window} consecutive samples, in order. */
    public static int[] of(int[] samples, int window) {
        throw new UnsupportedOperationException("TODO: find every window's peak without rescanning each window");
    }
}
