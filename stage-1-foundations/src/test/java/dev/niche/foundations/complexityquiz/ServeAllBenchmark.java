package dev.niche.foundations.complexityquiz;

import java.util.ArrayList;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code ComplexityQuizTest#serveAllBenchmark}: serve a fresh queue of n people. */
@State(Scope.Benchmark)
public class ServeAllBenchmark {
    @Param("2048")
    public int n;

    private ArrayList<Integer> queue;

    @Setup
    public void prepare() {
        queue = ComplexityQuizTest.queueOf(n);
    }

    @Benchmark
    public long serveAll() {
        return Snippets.serveAll(new ArrayList<>(queue));
    }
}
