package dev.niche.dsa.runningmedian;

/**
 * The typical response time, live.
 *
 * <p>A service dashboard receives response times one at a time and, after each, shows the median of all the
 * times received so far (the median, unlike the mean, ignores a few huge outliers). A busy day brings 10^6
 * values and the dashboard asks for the median after every one of them, so neither adding a value nor asking
 * for the median may cost time proportional to the values already held: that would be about 10^12 steps.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@code add(value)} records one value; any int is allowed, duplicates included.</li>
 *   <li>{@code median()} returns the median of all values added so far. For an odd count it is the middle
 *       value of the values in sorted order; for an even count, the mean of the two middle values, exactly
 *       (1, 2, 3, 4 give 2.5). The mean must be right for any two ints: the median of
 *       {@code Integer.MAX_VALUE} twice is 2147483647.0, not a negative number from an overflowing sum.</li>
 *   <li>{@code size()} returns how many values have been added.</li>
 * </ul>
 *
 * <h2>Required complexity (n = values added so far)</h2>
 * {@code add} in O(log n) time, {@code median} and {@code size} in O(1), O(n) space in all. The grader times
 * a stream of n values with the median asked after each, which must take O(n log n) in all, not O(n^2), and
 * {@code median} alone, which must not grow with n.
 *
 * <h2>Bad input</h2>
 * {@code median()} before any value was added throws {@link java.util.NoSuchElementException} with a message
 * saying that there are no values yet.
 */
public final class MedianTracker {
    /** Records one value. */
    public void add(int value) {
        throw new UnsupportedOperationException("TODO: record the value so the middle stays at hand");
    }

    /** The median of the values added so far; the mean of the two middle ones for an even count. */
    public double median() {
        throw new UnsupportedOperationException("TODO: read the median from what add keeps at hand");
    }

    /** How many values have been added. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return how many values have been added");
    }
}
