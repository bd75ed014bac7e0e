package dev.niche.dsa.subsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Naive: tries all 2^n ways to choose coins by position and drops the repeats with a set. Correct, but
 * exponential even when the answer is tiny (n equal coins: n + 1 handfuls, 2^n choices).
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
        long count = 1;
        int runStart = 0;
        for (int i = 1; i <= sorted.length && count <= MAX_SUBSETS; i++) {
            if (i == sorted.length || sorted[i] != sorted[runStart]) {
                count *= i - runStart + 1;
                runStart = i;
            }
        }
        if (count > MAX_SUBSETS) {
            throw new IllegalArgumentException("values has more than MAX_SUBSETS = " + MAX_SUBSETS
                    + " distinct subsets");
        }
        Set<List<Integer>> seen = new LinkedHashSet<>();
        choose(sorted, 0, new ArrayList<>(), seen);
        return new ArrayList<>(seen);
    }

    /** Each coin is either in or out: 2^n leaves, one per choice by position. */
    private static void choose(int[] sorted, int index, List<Integer> chosen, Set<List<Integer>> seen) {
        if (index == sorted.length) {
            seen.add(List.copyOf(chosen));
            return;
        }
        choose(sorted, index + 1, chosen, seen);
        chosen.add(sorted[index]);
        choose(sorted, index + 1, chosen, seen);
        chosen.remove(chosen.size() - 1);
    }
}
