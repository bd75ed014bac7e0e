package dev.niche.dsa.coinchange;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code CoinChangeTest#payBenchmark}: the fewest coins from {3, 5, 7} for the amount n. */
@State(Scope.Benchmark)
public class CoinChangeBenchmark {
    @Param("1024")
    public int n;

    @Benchmark
    public int pay() {
        return CoinChange.fewestCoins(CoinChangeTest.TIMED_COINS, n);
    }
}
