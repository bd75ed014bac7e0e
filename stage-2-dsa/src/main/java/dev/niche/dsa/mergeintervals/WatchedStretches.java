package dev.niche.dsa.mergeintervals;

import java.util.List;

/**
 * Which parts of the video were watched?
 *
 * <p>A video platform logs each viewing session as the closed range of seconds it played, {@code [start, end]}.
 * Sessions overlap, repeat and arrive in no particular order. The editor's heat map wants the watched stretches:
 * the fewest ranges that cover exactly the seconds some session covered. A popular video has up to 10^5
 * sessions, so merging them pair by pair until nothing changes (O(n^2) comparisons or worse) is too slow.
 *
 * <h2>Contract</h2>
 * {@code merge(intervals)} returns the union of the closed intervals as a list of disjoint closed intervals,
 * sorted by start. Two intervals that share at least one position belong to the same stretch, including when
 * they only touch: {@code [1, 2]} and {@code [2, 3]} merge into {@code [1, 3]}. Intervals that share no
 * position stay apart, even when no whole number lies between them: {@code [1, 2]} and {@code [3, 4]} are two
 * stretches. So in the result each interval's end is less than the next one's start. Any int is a valid
 * position; the input may be in any order and is not modified.
 *
 * <h2>Required complexity (n = intervals.size())</h2>
 * O(n log n) time and O(n) extra space. The grader times merges of n intervals that form n / 2 separate
 * stretches, listed in shuffled order: O(n log n) shows a slope near 1, O(n^2) one near 2.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null {@code intervals}, or a null element in it: {@link NullPointerException} whose message names it
 *       ({@code "intervals"}, {@code "intervals[3]"});</li>
 *   <li>an interval with {@code start > end}: {@link IllegalArgumentException} whose message names its index
 *       and shows it ({@code "intervals[2] = [5, 3] ..."}).</li>
 * </ul>
 */
public final class WatchedStretches {
    private WatchedStretches() {
    }

    /** The union of {@code intervals} as disjoint closed intervals, sorted by start. */
    public static List<Interval> merge(List<Interval> intervals) {
        throw new UnsupportedOperationException("TODO: put the intervals in a useful order, then sweep once");
    }
}
