package dev.niche.foundations.hashmap;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code OpenAddressingMapTest#getBenchmark}: one get on a map of n keys. */
@State(Scope.Benchmark)
public class OpenAddressingMapBenchmark {
    @Param("1024")
    public int n;

    private OpenAddressingMapTest.Lookups lookups;

    @Setup
    public void prepare() {
        lookups = new OpenAddressingMapTest.Lookups(n);
    }

    @Benchmark
    public Integer get() {
        return lookups.next();
    }
}
