package dev.niche.dsa.minshipcapacity;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code ShippingPlannerTest#planBenchmark}: plan n packages over 8 days. The weights
 * (1 to 1000, scattered) are computed rather than stored, so every size fits in cache.
 */
@State(Scope.Benchmark)
public class ShippingPlannerBenchmark {
    @Param("1024")
    public int n;

    private Manifest manifest;

    @Setup
    public void prepare() {
        int size = n;
        manifest = new Manifest() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public int weight(int index) {
                return 1 + (int) ((index * 2_654_435_761L) % 1000);
            }
        };
    }

    @Benchmark
    public long plan() {
        return ShippingPlanner.minCapacity(manifest, 8);
    }
}
