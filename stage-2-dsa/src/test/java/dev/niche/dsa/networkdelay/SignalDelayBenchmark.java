package dev.niche.dsa.networkdelay;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code SignalDelayTest#broadcastBenchmark}: one broadcast on a sparse network of n
 * servers and 4n links. At the largest size the links take about 2 MB, within the machine's caches.
 */
@State(Scope.Benchmark)
public class SignalDelayBenchmark {
    @Param("1024")
    public int n;

    private SignalDelayTest.Network network;

    @Setup
    public void prepare() {
        network = SignalDelayTest.Network.sparse(n);
    }

    @Benchmark
    public long broadcast() {
        return network.broadcast();
    }
}
