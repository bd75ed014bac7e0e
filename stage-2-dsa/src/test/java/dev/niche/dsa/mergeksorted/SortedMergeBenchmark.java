package dev.niche.dsa.mergeksorted;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code SortedMergeTest#mergeBenchmark}: merges n / 16 lists of 16 elements, list j
 * holding j, j + k, j + 2k, ... The lists compute their elements instead of storing them, so the working set
 * is the heap and the result, not the input.
 */
@State(Scope.Benchmark)
public class SortedMergeBenchmark {
    @Param("1024")
    public int n;

    private List<List<Integer>> lists;

    @Setup
    public void prepare() {
        int k = n / 16;
        lists = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            int first = j;
            lists.add(new AbstractList<>() {
                @Override
                public Integer get(int index) {
                    return first + index * k;
                }

                @Override
                public int size() {
                    return 16;
                }
            });
        }
    }

    @Benchmark
    public List<Integer> merge() {
        return SortedMerge.merge(lists, Comparator.naturalOrder());
    }
}
