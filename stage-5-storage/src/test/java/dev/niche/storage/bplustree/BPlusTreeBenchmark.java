package dev.niche.storage.bplustree;

import dev.niche.storage.disk.Disk;
import java.util.OptionalLong;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code BPlusTreeTest#getBenchmark}: one lookup in a reopened tree of n keys. */
@State(Scope.Benchmark)
public class BPlusTreeBenchmark {
    @Param("1024")
    public int n;

    private BPlusTree tree;
    private long[] keys;
    private int next;

    @Setup
    public void prepare() {
        Disk disk = Disk.inMemory();
        BPlusTreeTest.built(disk, n);
        tree = BPlusTree.open(disk, BPlusTreeTest.FILE, BPlusTreeTest.PAGE);
        Random random = new Random(n);
        keys = new long[1024];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt(2 * n); // present when even: half hits, half misses
        }
    }

    @Benchmark
    public OptionalLong get() {
        next = (next + 1) & (keys.length - 1);
        return tree.get(keys[next]);
    }
}
