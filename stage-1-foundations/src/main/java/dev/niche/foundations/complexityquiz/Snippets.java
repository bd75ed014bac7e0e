package dev.niche.foundations.complexityquiz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The code to analyse. Read each method, decide how its running time and its extra space grow with n (each
 * Javadoc says what n is), and write your answer in {@link Answers}. Do not change this file: in the
 * reference run, the grader measures every snippet to prove the answer key.
 *
 * <p>Derive, do not guess: count how often the innermost statement runs, sum loops whose bounds depend on an
 * outer variable, draw the recursion tree, and remember that a library call can hide a loop.
 */
public final class Snippets {
    private Snippets() {
    }

    /** n = a.length. Counts pairs that are out of order. */
    public static long countInversions(int[] a) {
        long inversions = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (a[i] > a[j]) {
                    inversions++;
                }
            }
        }
        return inversions;
    }

    /** n as given. Counts triples i > j > k >= 0 below n. */
    public static long countTriples(int n) {
        long triples = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                for (int k = 0; k < j; k++) {
                    triples++;
                }
            }
        }
        return triples;
    }

    /** n as given (n >= 1). How many times can n be halved before it reaches 1? */
    public static int halvings(int n) {
        int steps = 0;
        while (n > 1) {
            n /= 2;
            steps++;
        }
        return steps;
    }

    /** n as given. The inner loop runs longer each time; how much work is it in total? */
    public static long doublingBlocks(int n) {
        long work = 0;
        for (int block = 1; block < n; block *= 2) {
            for (int j = 0; j < block; j++) {
                work++;
            }
        }
        return work;
    }

    /** n as given. For each i, visits the multiples of i up to n. */
    public static long visitMultiples(int n) {
        long visits = 0;
        for (int i = 1; i <= n; i++) {
            for (int multiple = i; multiple <= n; multiple += i) {
                visits++;
            }
        }
        return visits;
    }

    /** n as given. The smallest r with r * r > n. */
    public static long squareRootCeiling(long n) {
        long r = 0;
        while (r * r <= n) {
            r++;
        }
        return r;
    }

    /** n = a.length - from. Sums a[from..] one element per call. */
    public static long sumFrom(int[] a, int from) {
        if (from == a.length) {
            return 0;
        }
        return a[from] + sumFrom(a, from + 1);
    }

    /** n as given. The textbook recursion for Fibonacci numbers. */
    public static long fibonacci(int n) {
        if (n < 2) {
            return n;
        }
        return fibonacci(n - 1) + fibonacci(n - 2);
    }

    /** n = hi - lo. Sums a[lo..hi) by splitting it in two halves. */
    public static long sumHalves(int[] a, int lo, int hi) {
        if (hi - lo == 0) {
            return 0;
        }
        if (hi - lo == 1) {
            return a[lo];
        }
        int mid = (lo + hi) >>> 1;
        return sumHalves(a, lo, mid) + sumHalves(a, mid, hi);
    }

    /** n = hi - lo; {@code sorted} is in increasing order. Is {@code target} in sorted[lo..hi)? */
    public static boolean contains(int[] sorted, int lo, int hi, int target) {
        if (lo >= hi) {
            return false;
        }
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] == target) {
            return true;
        }
        return sorted[mid] < target ? contains(sorted, mid + 1, hi, target) : contains(sorted, lo, mid, target);
    }

    /** n as given. Appends 0..n-1 to a list that starts empty and grows as needed. */
    public static List<Integer> firstIntegers(int n) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    /** n = queue.size(). Serves a waiting line stored in an ArrayList, first come first served. */
    public static long serveAll(ArrayList<Integer> queue) {
        long served = 0;
        while (!queue.isEmpty()) {
            served += queue.remove(0);
        }
        return served;
    }

    /** n = a.length. Does any value appear twice? */
    public static boolean hasDuplicate(int[] a) {
        Set<Integer> seen = new HashSet<>();
        for (int x : a) {
            if (!seen.add(x)) {
                return true;
            }
        }
        return false;
    }

    /** n = a.length (n >= 1). The median, without changing a. */
    public static int median(int[] a) {
        int[] copy = Arrays.copyOf(a, a.length);
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }

    /** n = a.length. A reversed copy of a. */
    public static int[] reversed(int[] a) {
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            out[a.length - 1 - i] = a[i];
        }
        return out;
    }
}
