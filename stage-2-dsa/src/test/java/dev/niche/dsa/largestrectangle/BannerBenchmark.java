package dev.niche.dsa.largestrectangle;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code BannerTest#pyramidBenchmark}: largestArea on n heights rising and falling. */
@State(Scope.Benchmark)
public class BannerBenchmark {
    @Param("1024")
    public int n;

    private BannerTest.Pyramid street;

    @Setup
    public void prepare() {
        street = new BannerTest.Pyramid(n);
    }

    @Benchmark
    public long largestArea() {
        return street.largestArea();
    }
}
