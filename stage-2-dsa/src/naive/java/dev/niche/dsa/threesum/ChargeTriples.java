package dev.niche.dsa.threesum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Naive: tries every three positions and drops repeated triples with a set. Correct, but O(n^3). */
public final class ChargeTriples {
    private ChargeTriples() {
    }

    public static List<Triple> find(int[] values, long target) {
        Objects.requireNonNull(values, "values must not be null");
        Set<Triple> found = new HashSet<>();
        for (int i = 0; i < values.length; i++) {
            for (int j = i + 1; j < values.length; j++) {
                for (int k = j + 1; k < values.length; k++) {
                    if ((long) values[i] + values[j] + values[k] == target) {
                        int[] three = {values[i], values[j], values[k]};
                        Arrays.sort(three);
                        found.add(new Triple(three[0], three[1], three[2]));
                    }
                }
            }
        }
        List<Triple> triples = new ArrayList<>(found);
        triples.sort(Comparator.comparingInt(Triple::first).thenComparingInt(Triple::second));
        return triples;
    }
}
