package dev.niche.foundations.orderedmap;

import java.util.Comparator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmarks behind {@code OrderedMapTest#getBenchmark} and {@code #rankBenchmark}: one get, or one rank,
 * on a map of n keys put in increasing order (the order that turns an unbalanced tree into a list).
 */
@State(Scope.Benchmark)
public class OrderedMapBenchmark {
    @Param("1024")
    public int n;

    private OrderedMapTest.Probes probes;

    @Setup
    public void prepare() {
        OrderedMap<Integer, Integer> map = new OrderedMap<>(Comparator.naturalOrder());
        for (int i = 0; i < n; i++) {
            map.put(2 * i, 2 * i);
        }
        probes = new OrderedMapTest.Probes(map, n);
    }

    @Benchmark
    public Integer get() {
        return probes.map.get(probes.next());
    }

    @Benchmark
    public int rank() {
        return probes.map.rank(probes.next());
    }
}
