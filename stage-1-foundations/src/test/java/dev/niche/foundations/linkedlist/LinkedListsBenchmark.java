package dev.niche.foundations.linkedlist;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH benchmark behind {@code LinkedListsTest#reverseBenchmark}: one reverse of a list of n nodes. */
@State(Scope.Benchmark)
public class LinkedListsBenchmark {
    @Param("1024")
    public int n;

    private LinkedListsTest.Reversal reversal;

    @Setup
    public void prepare() {
        reversal = new LinkedListsTest.Reversal(n);
    }

    @Benchmark
    public Node reverse() {
        return reversal.reverse();
    }
}
