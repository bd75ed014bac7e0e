package dev.niche.foundations.ringdeque;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code RingDequeTest#addPollBenchmark}: adds and polls at both ends of a deque of n. */
@State(Scope.Benchmark)
public class RingDequeBenchmark {
    @Param("1024")
    public int n;

    private RingDequeTest.Rotation rotation;

    @Setup
    public void prepare() {
        rotation = new RingDequeTest.Rotation(n);
    }

    @Benchmark
    public Integer rotate() {
        return rotation.rotate();
    }
}
