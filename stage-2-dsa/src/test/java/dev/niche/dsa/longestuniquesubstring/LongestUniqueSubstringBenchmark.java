package dev.niche.dsa.longestuniquesubstring;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code LongestUniqueSubstringTest#lengthBenchmark}: the longest stretch without a repeat
 * in two copies of n / 2 distinct chars (128 KB at the largest size, so the text stays in cache).
 */
@State(Scope.Benchmark)
public class LongestUniqueSubstringBenchmark {
    @Param("1024")
    public int n;

    private String text;

    @Setup
    public void prepare() {
        text = LongestUniqueSubstringTest.Shape.TWO_COPIES.text(n);
    }

    @Benchmark
    public int length() {
        return LongestUniqueSubstring.length(text);
    }
}
