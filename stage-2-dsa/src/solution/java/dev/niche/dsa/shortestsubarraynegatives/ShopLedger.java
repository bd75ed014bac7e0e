package dev.niche.dsa.shortestsubarraynegatives;

import java.util.Objects;

/** Reference: prefix sums, and a deque of the start points still worth trying. */
public final class ShopLedger {
    private ShopLedger() {
    }

    /**
     * With prefix sums P (P[0] = 0, P[j] = sum of the first j days), the run of days [i, j) sums to
     * P[j] - P[i], so the task is the closest pair i &lt; j with P[j] - P[i] &gt;= goal. Scan j upwards,
     * keeping candidate starts i in a deque, by index, with two rules:
     * <ul>
     *   <li>a start whose prefix sum is at least P[j] is useless from now on: j is a later start with a lower
     *       (or equal) sum, so it gives every future end a larger sum and a shorter run. Drop such starts from
     *       the back before adding j. Invariant: the deque's prefix sums strictly increase front to back.</li>
     *   <li>while the front start reaches the goal with the end j, record the run and drop the front: any
     *       later end would only make a longer run from it.</li>
     * </ul>
     * Each index enters and leaves the deque once: O(n). The sliding-window shortcut does not work here,
     * because with losses a longer run can have a smaller sum, so sums are not monotone in the window.
     */
    public static int shortestStretch(int[] dailyNet, long goal) {
        Objects.requireNonNull(dailyNet, "dailyNet");
        if (goal < 1) {
            throw new IllegalArgumentException("goal must be at least 1, got " + goal);
        }
        int n = dailyNet.length;
        long[] prefix = new long[n + 1];
        for (int day = 0; day < n; day++) {
            prefix[day + 1] = prefix[day] + dailyNet[day];
        }
        int[] starts = new int[n + 1];
        int front = 0;
        int back = 0;
        int shortest = Integer.MAX_VALUE;
        for (int end = 0; end <= n; end++) {
            while (back > front && prefix[end] - prefix[starts[front]] >= goal) {
                shortest = Math.min(shortest, end - starts[front]);
                front++;
            }
            while (back > front && prefix[starts[back - 1]] >= prefix[end]) {
                back--;
            }
            starts[back++] = end;
        }
        return shortest == Integer.MAX_VALUE ? -1 : shortest;
    }
}
