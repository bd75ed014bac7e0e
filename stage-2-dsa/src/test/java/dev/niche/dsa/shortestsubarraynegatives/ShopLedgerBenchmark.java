package dev.niche.dsa.shortestsubarraynegatives;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code ShopLedgerTest#ledgerBenchmark}: n days of repeated weeks, best sum as goal. */
@State(Scope.Benchmark)
public class ShopLedgerBenchmark {
    @Param("1024")
    public int n;

    private ShopLedgerTest.RepeatedWeeks ledger;

    @Setup
    public void prepare() {
        ledger = new ShopLedgerTest.RepeatedWeeks(n);
    }

    @Benchmark
    public int shortestStretch() {
        return ledger.shortestStretch();
    }
}
