package dev.niche.katas.grader.complexity;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The three sources classify workloads of known class, each only where it can: timing for the bands, counts
 * and allocation exactly. The timing cases run twice: on a quiet machine, and while another process keeps
 * the second core busy.
 */
class ClassificationTest {

    abstract static class TimingCases {
        @Test
        @Timeout(120)
        void sublinearWorkIsSublinear() {
            assertComplexity(Complexity.timing("binary search", Workloads.BINARY_SEARCH).sizes(powersOfTwo(10, 20)))
                    .is(Growth.LOGARITHMIC);
            assertComplexity(Complexity.timing("array read", Workloads.ARRAY_READ).sizes(powersOfTwo(10, 20)))
                    .is(Growth.CONSTANT);
        }

        @Test
        @Timeout(120)
        void linearWorkIsLinear() {
            assertComplexity(Complexity.timing("scan", Workloads.LINEAR_SCAN).sizes(powersOfTwo(10, 17)))
                    .is(Growth.LINEAR);
            assertComplexity(Complexity.timing("sort", Workloads.SORT_COPY).sizes(powersOfTwo(10, 17)))
                    .is(Growth.LINEARITHMIC);
        }

        @Test
        @Timeout(120)
        void quadraticWorkIsQuadraticAndFailsALinearBound() {
            Complexity pairs = Complexity.timing("all pairs", Workloads.ALL_PAIRS).sizes(powersOfTwo(9, 14));
            assertComplexity(pairs).is(Growth.QUADRATIC);
            assertThatThrownBy(() -> assertComplexity(pairs).isAtMost(Growth.LINEAR))
                    .isInstanceOf(Complexity.ComplexityFailure.class)
                    .hasMessageContaining("required no worse than O(n)")
                    .hasMessageContaining("quadratic")
                    .hasMessageContaining("n=512");
        }

        @Test
        @Timeout(120)
        void exponentialWorkIsExponential() {
            assertComplexity(Complexity.timing("subsets", Workloads.SUBSETS).sizes(10, 12, 14, 16, 18, 20))
                    .is(Growth.EXPONENTIAL);
        }

        @Test
        @Timeout(60)
        void growthStopsBeforeASlowSize() {
            long start = System.nanoTime();
            List<Point> points = TimingHarness.measure(Workloads.SUBSETS,
                    new int[] {10, 14, 18, 22, 26, 30, 34, 38}, 1);
            assertThat(points.get(points.size() - 1).n()).as("largest size measured").isLessThan(34);
            assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(20);
        }
    }

    @Nested
    class OnAQuietMachine extends TimingCases {
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WhileAnotherProcessKeepsACoreBusy extends TimingCases {
        private Process busy;

        @BeforeAll
        void startLoad() throws Exception {
            busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        }

        @AfterAll
        void stopLoad() {
            busy.destroyForcibly();
        }
    }

    @Test
    void countsSeparateTheLogFactors() {
        assertComplexity(Complexity.counting("constant", n -> 7).sizes(powersOfTwo(8, 16))).is(Growth.CONSTANT);
        assertComplexity(Complexity.counting("binary search probes", ClassificationTest::binarySearchProbes)
                .sizes(powersOfTwo(8, 16))).is(Growth.LOGARITHMIC);
        assertComplexity(Complexity.counting("scan", n -> n).sizes(powersOfTwo(8, 16))).is(Growth.LINEAR);
        assertComplexity(Complexity.counting("merge sort comparisons", ClassificationTest::mergeSortComparisons)
                .sizes(powersOfTwo(8, 16))).is(Growth.LINEARITHMIC);
        assertComplexity(Complexity.counting("pairs", n -> (long) n * (n - 1) / 2).sizes(powersOfTwo(8, 16)))
                .is(Growth.QUADRATIC);
        assertComplexity(Complexity.counting("subsets", n -> Workloads.countSubsets(n)).sizes(8, 12, 16, 20))
                .is(Growth.EXPONENTIAL);
        assertThatThrownBy(() -> assertComplexity(Complexity.counting("merge sort comparisons",
                ClassificationTest::mergeSortComparisons).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LINEAR))
                .hasMessageContaining("measured O(n log n) by count");
    }

    @Test
    void allocationSeparatesInPlaceFromCopying() {
        assertComplexity(Complexity.allocation("sum in place", Workloads.LINEAR_SCAN).sizes(powersOfTwo(8, 16)))
                .is(Growth.CONSTANT);
        assertComplexity(Complexity.allocation("copy", Workloads.of(Workloads::randomArray, int[]::clone))
                .sizes(powersOfTwo(8, 16))).is(Growth.LINEAR);
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS) // the stack meter starts many threads: slow on a loaded machine
    void stackDepthSeparatesLogFromLinearRecursion() {
        int[] big = Workloads.sortedArray(1 << 20);
        assertComplexity(Complexity.stackDepth("recursive binary search",
                n -> recursiveSearch(big, 0, n, -1)).sizes(1 << 8, 1 << 12, 1 << 16, 1 << 20)).is(Growth.LOGARITHMIC);
        assertComplexity(Complexity.stackDepth("recursive sum", n -> recursiveSum(n))
                .sizes(powersOfTwo(6, 11))).is(Growth.LINEAR);
        assertComplexity(Complexity.stackDepth("loop", n -> Arrays.fill(new int[n], 1))
                .sizes(powersOfTwo(6, 11))).is(Growth.CONSTANT);
    }

    static long binarySearchProbes(int n) {
        long probes = 0;
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            probes++;
            int mid = (lo + hi) >>> 1;
            if (2 * mid < n - 1) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return probes;
    }

    static long mergeSortComparisons(int n) {
        long[] comparisons = new long[1];
        int[] a = Workloads.randomArray(n);
        mergeSort(a, new int[n], 0, n, comparisons);
        return comparisons[0];
    }

    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, long[] comparisons) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, comparisons);
        mergeSort(a, tmp, mid, hi, comparisons);
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && ++comparisons[0] > 0 && a[i] <= a[j])) {
                tmp[k] = a[i++];
            } else {
                tmp[k] = a[j++];
            }
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static boolean recursiveSearch(int[] a, int lo, int hi, int key) {
        if (lo >= hi) {
            return false;
        }
        int mid = (lo + hi) >>> 1;
        return a[mid] == key || (a[mid] < key ? recursiveSearch(a, mid + 1, hi, key) : recursiveSearch(a, lo, mid, key));
    }

    static long recursiveSum(int n) {
        return n == 0 ? 0 : n + recursiveSum(n - 1);
    }
}
