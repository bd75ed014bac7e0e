package dev.niche.katas.grader.complexity;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Workloads of known class for the grader's own tests. */
final class Workloads {
    private Workloads() {
    }

    static <S> Workload<S> of(IntFunction<S> prepare, Function<S, Object> run) {
        return Workload.of(prepare, run);
    }

    static int[] sortedArray(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * i;
        }
        return a;
    }

    static int[] randomArray(int n) {
        return new Random(n).ints(n).toArray();
    }

    /** O(log n): binary search for a varying key. */
    static final Workload<int[]> BINARY_SEARCH = of(Workloads::sortedArray,
            a -> Arrays.binarySearch(a, (int) (System.nanoTime() & 0xFFFF) % (2 * a.length)));

    /** O(1): read one element. */
    static final Workload<int[]> ARRAY_READ = of(Workloads::sortedArray, a -> a[a.length / 2]);

    /** O(n): sum the array. */
    static final Workload<int[]> LINEAR_SCAN = of(Workloads::randomArray, a -> {
        long sum = 0;
        for (int x : a) {
            sum += x;
        }
        return sum;
    });

    /** O(n log n): sort a copy. */
    static final Workload<int[]> SORT_COPY = of(Workloads::randomArray, a -> {
        int[] copy = a.clone();
        Arrays.sort(copy);
        return copy[0];
    });

    /** O(n^2): compare every pair. */
    static final Workload<int[]> ALL_PAIRS = of(Workloads::randomArray, a -> {
        long count = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (a[i] < a[j]) {
                    count++;
                }
            }
        }
        return count;
    });

    /** O(2^n): count subsets by recursion. */
    static final Workload<Integer> SUBSETS = of(n -> n, n -> countSubsets(n));

    static long countSubsets(int n) {
        return n == 0 ? 1 : countSubsets(n - 1) + countSubsets(n - 1);
    }
}
