package dev.niche.dsa.permutations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reference: fill the row place by place, choosing among the colours still available rather than among the
 * pots. Two different choices at a place always lead to different rows, so no row is built twice, and every
 * partial row built is the start of at least one row of the answer: the work is at most n steps per place per
 * row of the answer.
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
        int[] colours = new int[sorted.length];
        int[] left = new int[sorted.length];
        int distinct = 0;
        long rows = 1;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                colours[distinct++] = sorted[k];
            }
            int copy = ++left[distinct - 1];
            // The rows of the first k + 1 pots, (k + 1)! / (m1! m2! ...), grown one pot at a time: exact, and
            // never shrinking, so the check can stop at the limit before anything overflows.
            rows = rows * (k + 1) / copy;
            if (rows > MAX_ARRANGEMENTS) {
                throw new IllegalArgumentException("values has more than MAX_ARRANGEMENTS = " + MAX_ARRANGEMENTS
                        + " distinct orderings");
            }
        }
        List<List<Integer>> answer = new ArrayList<>((int) rows);
        fill(Arrays.copyOf(colours, distinct), left, new Integer[sorted.length], 0, answer);
        return answer;
    }

    /** Puts each colour that still has pots left at {@code place}, and fills the rest of the row after it. */
    private static void fill(int[] colours, int[] left, Integer[] row, int place, List<List<Integer>> answer) {
        if (place == row.length) {
            answer.add(List.of(row));
            return;
        }
        for (int c = 0; c < colours.length; c++) {
            if (left[c] > 0) {
                left[c]--;
                row[place] = colours[c];
                fill(colours, left, row, place + 1, answer);
                left[c]++;
            }
        }
    }
}
