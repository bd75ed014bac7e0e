package dev.niche.dsa.subarraysumequalsk;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code SubarraySumsTest#countBenchmark}: counting in n random small values. */
@State(Scope.Benchmark)
public class SubarraySumsBenchmark {
    @Param("1024")
    public int n;

    private SubarraySumsTest.Hike hike;

    @Setup
    public void prepare() {
        hike = new SubarraySumsTest.Hike(n);
    }

    @Benchmark
    public long count() {
        return hike.count();
    }
}
