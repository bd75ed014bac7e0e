package dev.niche.dsa.editdistance;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark behind {@code EditDistanceTest#betweenBenchmark}: two pseudo-random strings of length n over
 * a, c, g, t, different on every call. Each string computes its characters by hashing the index with a
 * per-call seed, so nothing is stored or allocated; new strings on every call keep the CPU's branch predictor
 * from learning the outcome of every character comparison at small n, which would make the growth look
 * steeper than it is.
 */
@State(Scope.Benchmark)
public class EditDistanceBenchmark {
    @Param("128")
    public int n;

    private int seed;

    @Benchmark
    public int between() {
        seed += 2;
        return EditDistance.between(new HashedText(n, seed), new HashedText(n, seed + 1));
    }

    /** n characters from a, c, g, t, each a hash of its index and the seed. */
    private record HashedText(int length, int seed) implements CharSequence {
        @Override
        public char charAt(int index) {
            int h = (index + 0x61C88647 * seed) * 0x9E3779B1;
            h ^= h >>> 16;
            h *= 0x85EBCA6B;
            return "acgt".charAt(h >>> 30);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            throw new UnsupportedOperationException("not needed by the benchmark");
        }
    }
}
