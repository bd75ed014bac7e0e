package dev.niche.dsa.dijkstranegative;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code FreightCostsTest#pricesBenchmark}: pricing every port of a sparse network of n
 * ports and 4n legs, many of them negative. At the largest size the legs take about 512 KB.
 */
@State(Scope.Benchmark)
public class FreightCostsBenchmark {
    @Param("1024")
    public int n;

    private FreightCostsTest.Network network;

    @Setup
    public void prepare() {
        network = FreightCostsTest.Network.withRebates(n);
    }

    @Benchmark
    public long[] prices() {
        return network.prices();
    }
}
