package dev.niche.dsa.nextgreater;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code TrailTest#descentBenchmark}: nextHigher on n posts descending to a final peak. */
@State(Scope.Benchmark)
public class TrailBenchmark {
    @Param("1024")
    public int n;

    private TrailTest.Descent descent;

    @Setup
    public void prepare() {
        descent = new TrailTest.Descent(n);
    }

    @Benchmark
    public int[] nextHigher() {
        return descent.nextHigher();
    }
}
