package dev.niche.dsa.lowerbound;

import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code LowerBoundTest#queryBenchmark}: one query in the sorted list 0, 1, ..., n - 1.
 * The list computes its elements instead of storing them, so every size fits in cache and the time measures
 * the search, not memory misses (a stored million-element list of boxed integers would not fit in L2).
 */
@State(Scope.Benchmark)
public class LowerBoundBenchmark {
    @Param("1024")
    public int n;

    private List<Integer> sorted;
    private int next;

    @Setup
    public void prepare() {
        int size = n;
        sorted = new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return index;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Benchmark
    public int query() {
        next = (next + 7919) % (n + 1);
        return LowerBound.lowerBound(sorted, next, Comparator.naturalOrder());
    }
}
