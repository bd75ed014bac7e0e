package dev.niche.dsa.gridbfs;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code RobotRouteTest#walkBenchmark}: the fewest steps through a winding floor of n
 * squares. At the largest size the floor takes 64 KB and a breadth-first search about 512 KB more, which
 * stays in cache.
 */
@State(Scope.Benchmark)
public class RobotRouteBenchmark {
    @Param("1024")
    public int n;

    private RobotRouteTest.Winding winding;

    @Setup
    public void prepare() {
        winding = RobotRouteTest.Winding.ofArea(n);
    }

    @Benchmark
    public int walk() {
        return winding.walk();
    }
}
