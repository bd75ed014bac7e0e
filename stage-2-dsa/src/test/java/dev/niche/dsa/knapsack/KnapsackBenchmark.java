package dev.niche.dsa.knapsack;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code KnapsackTest#bestValueBenchmark}: n items of weight 34 to 50, capacity 100. */
@State(Scope.Benchmark)
public class KnapsackBenchmark {
    @Param("1024")
    public int n;

    private KnapsackTest.Load load;

    @Setup
    public void prepare() {
        load = KnapsackTest.Load.random(n, 34, 50);
    }

    @Benchmark
    public long best() {
        return load.best();
    }
}
