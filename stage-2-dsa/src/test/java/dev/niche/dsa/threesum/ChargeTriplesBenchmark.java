package dev.niche.dsa.threesum;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code ChargeTriplesTest#findBenchmark}: a search with no match among n values. */
@State(Scope.Benchmark)
public class ChargeTriplesBenchmark {
    @Param("1024")
    public int n;

    private ChargeTriplesTest.Tray tray;

    @Setup
    public void prepare() {
        tray = new ChargeTriplesTest.Tray(n);
    }

    @Benchmark
    public List<Triple> find() {
        return tray.find();
    }
}
