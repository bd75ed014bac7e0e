package dev.niche.dsa.subsets;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code DistinctSubsetsTest#equalCoinsBenchmark}: all handfuls of n equal coins. */
@State(Scope.Benchmark)
public class DistinctSubsetsBenchmark {
    @Param("12")
    public int n;

    private int[] values;

    @Setup
    public void prepare() {
        values = DistinctSubsetsTest.equalCoins(n);
    }

    @Benchmark
    public List<List<Integer>> equalCoins() {
        return DistinctSubsets.of(values);
    }
}
