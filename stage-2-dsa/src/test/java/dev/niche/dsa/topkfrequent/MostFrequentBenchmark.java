package dev.niche.dsa.topkfrequent;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code MostFrequentTest#topBenchmark}: the 8 most frequent of n items, n / 4 distinct
 * values each occurring 4 times. The list computes its items instead of storing them, so the working set is
 * the learner's own tally, not the input.
 */
@State(Scope.Benchmark)
public class MostFrequentBenchmark {
    @Param("1024")
    public int n;

    private List<Integer> items;

    @Setup
    public void prepare() {
        int size = n;
        int distinct = n / 4;
        items = new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return MostFrequentTest.scrambled(index % distinct);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Benchmark
    public List<Integer> top() {
        return MostFrequent.top(items, 8, Comparator.naturalOrder());
    }
}
