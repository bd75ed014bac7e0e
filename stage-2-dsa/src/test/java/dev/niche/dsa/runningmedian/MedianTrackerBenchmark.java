package dev.niche.dsa.runningmedian;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code MedianTrackerTest#streamBenchmark}: n adds into a new tracker, median after each. */
@State(Scope.Benchmark)
public class MedianTrackerBenchmark {
    @Param("1024")
    public int n;

    private int[] values;

    @Setup
    public void prepare() {
        values = MedianTrackerTest.randomValues(n);
    }

    @Benchmark
    public double stream() {
        return MedianTrackerTest.streamMedians(values);
    }
}
