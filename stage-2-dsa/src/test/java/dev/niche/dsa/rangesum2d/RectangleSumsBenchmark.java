package dev.niche.dsa.rangesum2d;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code RectangleSumsTest#queryBenchmark}: one query on most of a field of n plots (at
 * most 2^15 plots, so the grid and whatever the answer keeps stay in cache).
 */
@State(Scope.Benchmark)
public class RectangleSumsBenchmark {
    @Param("1024")
    public int n;

    private RectangleSumsTest.Field field;

    @Setup
    public void prepare() {
        field = new RectangleSumsTest.Field(n);
    }

    @Benchmark
    public long sum() {
        return field.nextSum();
    }
}
