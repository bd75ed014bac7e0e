package dev.niche.dsa.permutations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Naive: orders the pots themselves, all n! ways, and drops the repeated rows with a set. Correct, but
 * factorial even when the answer is tiny (all pots of one colour: one row, n! orderings).
 */
public final class DistinctArrangements {
    public static final int MAX_LENGTH = 100;
    public static final int MAX_ARRANGEMENTS = 1 << 20;

    private DistinctArrangements() {
    }

    public static List<List<Integer>> of(int[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length > MAX_LENGTH) {
            throw new IllegalArgumentException("values has " + values.length + " numbers, more than MAX_LENGTH = "
                    + MAX_LENGTH);
        }
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        long rows = 1;
        int copy = 0;
        for (int k = 0; k < sorted.length; k++) {
            copy = k > 0 && sorted[k] == sorted[k - 1] ? copy + 1 : 1;
            rows = rows * (k + 1) / copy;
            if (rows > MAX_ARRANGEMENTS) {
                throw new IllegalArgumentException("values has more than MAX_ARRANGEMENTS = " + MAX_ARRANGEMENTS
                        + " distinct orderings");
            }
        }
        Set<List<Integer>> seen = new LinkedHashSet<>();
        order(values, new boolean[values.length], new ArrayList<>(), seen);
        return new ArrayList<>(seen);
    }

    /** Puts each unused pot next: n! leaves, one per ordering of the pots. */
    private static void order(int[] values, boolean[] used, List<Integer> row, Set<List<Integer>> seen) {
        if (row.size() == values.length) {
            seen.add(List.copyOf(row));
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!used[i]) {
                used[i] = true;
                row.add(values[i]);
                order(values, used, row, seen);
                row.remove(row.size() - 1);
                used[i] = false;
            }
        }
    }
}
