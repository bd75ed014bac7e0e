package dev.niche.dsa.pairsumsorted;

import java.util.Optional;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code PairSumTest#findBenchmark}: one search with no match in n sorted ints (at most
 * 256 KB at the largest size, so the array stays in cache).
 */
@State(Scope.Benchmark)
public class PairSumBenchmark {
    @Param("1024")
    public int n;

    private PairSumTest.Ledger ledger;

    @Setup
    public void prepare() {
        ledger = new PairSumTest.Ledger(n, 1);
    }

    @Benchmark
    public Optional<IndexPair> find() {
        return ledger.find();
    }
}
