package dev.niche.dsa.fenwicktree;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code RangeSumsTest#mixedOperationBenchmark}: one correction, one total over at least half
 * of n slots, and the correction undone. n longs at most 2^16 (512 KB) stay in cache.
 */
@State(Scope.Benchmark)
public class RangeSumsBenchmark {
    @Param("1024")
    public int n;

    private RangeSumsTest.Traffic traffic;

    @Setup
    public void prepare() {
        traffic = new RangeSumsTest.Traffic(n);
    }

    @Benchmark
    public long mixed() {
        return traffic.mixed();
    }
}
