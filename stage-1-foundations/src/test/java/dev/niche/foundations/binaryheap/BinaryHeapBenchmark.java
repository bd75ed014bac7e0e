package dev.niche.foundations.binaryheap;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code BinaryHeapTest#pushPopBenchmark}: one push and one pop on a heap of size n. */
@State(Scope.Benchmark)
public class BinaryHeapBenchmark {
    @Param("1024")
    public int n;

    private BinaryHeapTest.PushPopState state;

    @Setup
    public void prepare() {
        state = new BinaryHeapTest.PushPopState(n);
    }

    @Benchmark
    public Integer pushPop() {
        return state.pushPop();
    }
}
