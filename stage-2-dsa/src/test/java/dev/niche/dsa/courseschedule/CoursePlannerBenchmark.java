package dev.niche.dsa.courseschedule;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code CoursePlannerTest#planBenchmark}: planning a catalogue of n courses and 3n - 1
 * prerequisites whose only order is one long chain. The prerequisites are made from two int arrays on each
 * read, so the catalogue takes 8 bytes per prerequisite and stays in cache.
 */
@State(Scope.Benchmark)
public class CoursePlannerBenchmark {
    @Param("1024")
    public int n;

    private CoursePlannerTest.Catalogue catalogue;

    @Setup
    public void prepare() {
        catalogue = CoursePlannerTest.Catalogue.chained(n);
    }

    @Benchmark
    public Schedule plan() {
        return catalogue.plan();
    }
}
