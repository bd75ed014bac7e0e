package dev.niche.dsa.autocomplete;

import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code SuggesterTest#suggestBenchmark}: the same five suggestions from a dictionary of
 * n + 8 words. The nodes a query touches stay in cache between calls; the rest of the dictionary, however large,
 * is never read by a good solution.
 */
@State(Scope.Benchmark)
public class SuggesterBenchmark {
    @Param("1024")
    public int n;

    private Suggester box;

    @Setup
    public void prepare() {
        box = SuggesterTest.dictionary(n);
    }

    @Benchmark
    public List<String> suggest() {
        return box.suggest("z", 5);
    }
}
