package dev.niche.dsa.minwindowsubstring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code CoveringSubstringTest#shortestBenchmark}: the shortest run in a row of n tiles. */
@State(Scope.Benchmark)
public class CoveringSubstringBenchmark {
    @Param("1024")
    public int n;

    private CoveringSubstringTest.TileRow row;

    @Setup
    public void prepare() {
        row = new CoveringSubstringTest.TileRow(n);
    }

    @Benchmark
    public String shortest() {
        return row.shortest();
    }
}
