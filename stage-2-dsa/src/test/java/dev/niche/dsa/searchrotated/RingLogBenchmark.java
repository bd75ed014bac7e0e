package dev.niche.dsa.searchrotated;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code RingLogTest#queryBenchmark}: one query in a ring of n computed slots (the even
 * numbers rotated by n / 3), so every size fits in cache and the time measures the search, not memory misses.
 */
@State(Scope.Benchmark)
public class RingLogBenchmark {
    @Param("1024")
    public int n;

    private Slots ring;
    private int next;

    @Setup
    public void prepare() {
        ring = new RingLogTest.EvenRing(n, n / 3);
    }

    @Benchmark
    public int query() {
        next = (next + 7919) % (2 * n);
        return RingLog.slotOf(ring, next);
    }
}
