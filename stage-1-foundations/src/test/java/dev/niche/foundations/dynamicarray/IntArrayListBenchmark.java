package dev.niche.foundations.dynamicarray;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code IntArrayListTest#appendsBenchmark}: build a new list by n appends. */
@State(Scope.Benchmark)
public class IntArrayListBenchmark {
    @Param("1024")
    public int n;

    @Benchmark
    public IntArrayList appendN() {
        return IntArrayListTest.appendValues(n);
    }
}
