package dev.niche.dsa.subsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reference: sort, then grow each handful one coin at a time, never choosing the same value twice for the
 * same place. Every call of {@link #extend} adds its handful to the answer once, so the work is the size of
 * the answer times at most n.
 */
public final class DistinctSubsets {
    public static final int MAX_LENGTH = 100;
    public static final int MAX_SUBSETS = 1 << 20;

    private DistinctSubsets() {
    }

    public static List<List<Integer>> of(int[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length > MAX_LENGTH) {
            throw new IllegalArgumentException("values has " + values.length + " numbers, more than MAX_LENGTH = "
                    + MAX_LENGTH);
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        long count = distinctCount(sorted);
        if (count > MAX_SUBSETS) {
            throw new IllegalArgumentException("values has more than MAX_SUBSETS = " + MAX_SUBSETS
                    + " distinct subsets");
        }
        List<List<Integer>> answer = new ArrayList<>((int) count);
        extend(sorted, 0, new ArrayList<>(), answer);
        return answer;
    }

    /**
     * Adds {@code handful}, then each handful that extends it with coins from index {@code from} on. The next
     * coin is taken from the first index of each run of equal values only: taking a later copy of the same value
     * would rebuild a handful already built from the first copy.
     */
    private static void extend(int[] sorted, int from, List<Integer> handful, List<List<Integer>> answer) {
        answer.add(List.copyOf(handful));
        for (int i = from; i < sorted.length; i++) {
            if (i > from && sorted[i] == sorted[i - 1]) {
                continue;
            }
            handful.add(sorted[i]);
            extend(sorted, i + 1, handful, answer);
            handful.remove(handful.size() - 1);
        }
    }

    /** The product of (copies + 1) over the distinct values, stopping once it passes the limit. */
    private static long distinctCount(int[] sorted) {
        long count = 1;
        int runStart = 0;
        for (int i = 1; i <= sorted.length && count <= MAX_SUBSETS; i++) {
            if (i == sorted.length || sorted[i] != sorted[runStart]) {
                count *= i - runStart + 1;
                runStart = i;
            }
        }
        return count;
    }
}
