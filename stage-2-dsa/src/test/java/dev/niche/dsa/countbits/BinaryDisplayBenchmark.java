package dev.niche.dsa.countbits;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code BinaryDisplayTest#lampsLitBenchmark}: the lamps lit from 0 up to n - 1. */
@State(Scope.Benchmark)
public class BinaryDisplayBenchmark {
    @Param("1024")
    public int n;

    @Benchmark
    public long lampsLit() {
        return BinaryDisplay.lampsLit(n - 1);
    }
}
