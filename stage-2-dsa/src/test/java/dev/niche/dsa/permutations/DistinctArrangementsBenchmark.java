package dev.niche.dsa.permutations;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code DistinctArrangementsTest#oneOddPotBenchmark}: n pots, all one colour but one. */
@State(Scope.Benchmark)
public class DistinctArrangementsBenchmark {
    @Param("12")
    public int n;

    private int[] values;

    @Setup
    public void prepare() {
        values = DistinctArrangementsTest.oneOddPot(n);
    }

    @Benchmark
    public List<List<Integer>> oneOddPot() {
        return DistinctArrangements.of(values);
    }
}
