package dev.niche.foundations.inplacerotate;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code InPlaceArraysTest#rotateBenchmark}: one rotation of n ints by n / 2 + 1. */
@State(Scope.Benchmark)
public class InPlaceArraysBenchmark {
    @Param("1024")
    public int n;

    private InPlaceArraysTest.Rotation rotation;

    @Setup
    public void prepare() {
        rotation = new InPlaceArraysTest.Rotation(n);
    }

    @Benchmark
    public int[] rotate() {
        return rotation.rotate();
    }
}
