package dev.niche.dsa.jumpgame;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code HopsTest#fewestHopsBenchmark}: n stones whose long hops fall just short. */
@State(Scope.Benchmark)
public class HopsBenchmark {
    @Param("1024")
    public int n;

    private int[] row;

    @Setup
    public void prepare() {
        row = HopsTest.longHopsFallingShort(n);
    }

    @Benchmark
    public int fewest() {
        return Hops.fewestHops(row);
    }
}
