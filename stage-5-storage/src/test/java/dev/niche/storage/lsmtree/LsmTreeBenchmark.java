package dev.niche.storage.lsmtree;

import dev.niche.storage.disk.Disk;
import java.util.OptionalLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code LsmTreeTest#absentGetBenchmark}: a get of an absent key in a tree of n keys. */
@State(Scope.Benchmark)
public class LsmTreeBenchmark {
    @Param("1024")
    public int n;

    private LsmTree tree;
    private long next;

    @Setup
    public void prepare() {
        tree = LsmTreeTest.evenKeys(Disk.inMemory(), n, 64);
    }

    /** Odd keys, a different one each call, spread over the tree's key range. */
    @Benchmark
    public OptionalLong getAbsent() {
        next = (next + 2 * 997) % (2L * n);
        return tree.get(next | 1);
    }
}
