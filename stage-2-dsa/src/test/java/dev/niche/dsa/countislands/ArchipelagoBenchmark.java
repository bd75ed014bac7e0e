package dev.niche.dsa.countislands;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code ArchipelagoTest#countBenchmark}: counting the islands of a map of n squares
 * holding one winding island. At the largest size the map takes 64 KB and a flood fill about 320 KB more.
 */
@State(Scope.Benchmark)
public class ArchipelagoBenchmark {
    @Param("1024")
    public int n;

    private boolean[][] land;

    @Setup
    public void prepare() {
        land = ArchipelagoTest.windingIsland(n);
    }

    @Benchmark
    public int count() {
        return Archipelago.countIslands(land);
    }
}
