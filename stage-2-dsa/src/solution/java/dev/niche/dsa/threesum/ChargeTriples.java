package dev.niche.dsa.threesum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reference: sort a copy, fix the smallest value, then close in on the other two from both ends. */
public final class ChargeTriples {
    private ChargeTriples() {
    }

    /**
     * In the sorted copy, each distinct first value (the first of a run of equal values) is fixed in turn; the
     * pairs after it that complete the target are found by one index from each end: a sum too small means the
     * lower value cannot reach the target with any partner left, a sum too large that the upper cannot, so
     * each step drops one candidate and one fixed value costs O(n). After a match the lower index skips the
     * rest of its run of equal values, so no pair of values is reported twice. First values ascend, and for
     * each the second values ascend: the list comes out in order. O(n log n) to sort plus n passes of O(n).
     */
    public static List<Triple> find(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        List<Triple> triples = new ArrayList<>();
        for (int first = 0; first < sorted.length - 2; first++) {
            if (first > 0 && sorted[first] == sorted[first - 1]) {
                continue;
            }
            int low = first + 1;
            int high = sorted.length - 1;
            while (low < high) {
                long sum = (long) sorted[first] + sorted[low] + sorted[high];
                if (sum < target) {
                    low++;
                } else if (sum > target) {
                    high--;
                } else {
                    triples.add(new Triple(sorted[first], sorted[low], sorted[high]));
                    int second = sorted[low];
                    while (low < high && sorted[low] == second) {
                        low++;
                    }
                }
            }
        }
        return triples;
    }
}
