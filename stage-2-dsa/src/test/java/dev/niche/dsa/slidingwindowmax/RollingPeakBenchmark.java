package dev.niche.dsa.slidingwindowmax;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code RollingPeakTest#wideWindowBenchmark}: n falling samples, window n / 2. */
@State(Scope.Benchmark)
public class RollingPeakBenchmark {
    @Param("1024")
    public int n;

    private RollingPeakTest.FallingSeries series;

    @Setup
    public void prepare() {
        series = new RollingPeakTest.FallingSeries(n);
    }

    @Benchmark
    public int[] peaks() {
        return series.peaks();
    }
}
