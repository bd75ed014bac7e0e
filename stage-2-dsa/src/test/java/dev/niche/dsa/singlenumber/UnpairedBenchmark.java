package dev.niche.dsa.singlenumber;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code UnpairedTest#findBenchmark}: n / 2 twins and one single, n + 1 ints in all. */
@State(Scope.Benchmark)
public class UnpairedBenchmark {
    @Param("1024")
    public int n;

    private int[] values;

    @Setup
    public void prepare() {
        values = UnpairedTest.tags(n);
    }

    @Benchmark
    public int find() {
        return Unpaired.find(values);
    }
}
