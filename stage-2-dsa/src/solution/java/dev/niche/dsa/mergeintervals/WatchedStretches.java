package dev.niche.dsa.mergeintervals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reference: sort a copy by start, then sweep once, growing the current stretch while intervals reach it. */
public final class WatchedStretches {
    private WatchedStretches() {
    }

    /**
     * Invariant of the sweep: every interval before the current one is covered by the stretches already emitted
     * or by [start, end]; since later intervals start no earlier, one that starts after {@code end} can never
     * join an earlier stretch, so the current one is final. The sort dominates: O(n log n).
     */
    public static List<Interval> merge(List<Interval> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        List<Interval> byStart = new ArrayList<>(intervals.size());
        int index = 0;
        for (Interval interval : intervals) {
            if (interval == null) {
                throw new NullPointerException("intervals[" + index + "] is null");
            }
            if (interval.start() > interval.end()) {
                throw new IllegalArgumentException("intervals[" + index + "] = " + interval
                        + " has start > end");
            }
            byStart.add(interval);
            index++;
        }
        byStart.sort(Comparator.comparingInt(Interval::start));
        List<Interval> stretches = new ArrayList<>();
        int i = 0;
        while (i < byStart.size()) {
            int start = byStart.get(i).start();
            int end = byStart.get(i).end();
            i++;
            while (i < byStart.size() && byStart.get(i).start() <= end) {
                end = Math.max(end, byStart.get(i).end());
                i++;
            }
            stretches.add(new Interval(start, end));
        }
        return stretches;
    }
}
