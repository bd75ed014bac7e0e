package dev.niche.dsa.redundantconnection;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code CableLoopTest#findBenchmark}: finding the extra cable of a hub network of n
 * routers. At the largest size the cables take about 400 KB.
 */
@State(Scope.Benchmark)
public class CableLoopBenchmark {
    @Param("1024")
    public int n;

    private int[][] cables;

    @Setup
    public void prepare() {
        cables = CableLoopTest.hub(n);
    }

    @Benchmark
    public int find() {
        return CableLoop.cableToRemove(cables);
    }
}
