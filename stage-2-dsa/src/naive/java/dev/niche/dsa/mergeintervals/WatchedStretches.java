package dev.niche.dsa.mergeintervals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Naive: merges any two overlapping intervals, and starts looking again, until no two overlap; then sorts.
 * Correct, but every pass compares all pairs: O(n^2) and up to O(n^3).
 */
public final class WatchedStretches {
    private WatchedStretches() {
    }

    public static List<Interval> merge(List<Interval> intervals) {
        Objects.requireNonNull(intervals, "intervals");
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            if (interval == null) {
                throw new NullPointerException("intervals[" + i + "] is null");
            }
            if (interval.start() > interval.end()) {
                throw new IllegalArgumentException("intervals[" + i + "] = " + interval + " has start > end");
            }
        }
        List<Interval> stretches = new ArrayList<>(intervals);
        boolean mergedSome = true;
        while (mergedSome) {
            mergedSome = false;
            for (int i = 0; i < stretches.size() && !mergedSome; i++) {
                for (int j = i + 1; j < stretches.size() && !mergedSome; j++) {
                    Interval a = stretches.get(i);
                    Interval b = stretches.get(j);
                    if (a.start() <= b.end() && b.start() <= a.end()) {
                        stretches.set(i, new Interval(Math.min(a.start(), b.start()), Math.max(a.end(), b.end())));
                        stretches.remove(j);
                        mergedSome = true;
                    }
                }
            }
        }
        stretches.sort(Comparator.comparingInt(Interval::start));
        return stretches;
    }
}
