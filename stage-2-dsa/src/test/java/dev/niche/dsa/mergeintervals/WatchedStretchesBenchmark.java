package dev.niche.dsa.mergeintervals;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code WatchedStretchesTest#mergeBenchmark}: merges n shuffled intervals that form
 * n / 2 stretches. Sizes stop at 2^12 so the intervals (about 24 bytes each) stay in cache.
 */
@State(Scope.Benchmark)
public class WatchedStretchesBenchmark {
    @Param("1024")
    public int n;

    private List<Interval> intervals;

    @Setup
    public void prepare() {
        intervals = WatchedStretchesTest.pairsOfOverlaps(n);
    }

    @Benchmark
    public List<Interval> merge() {
        return WatchedStretches.merge(intervals);
    }
}
