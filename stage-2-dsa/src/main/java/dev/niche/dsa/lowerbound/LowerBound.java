package dev.niche.dsa.lowerbound;

import java.util.Comparator;
import java.util.List;

/**
 * Where would a key go in a sorted list?
 *
 * <p>A ledger keeps up to a million timestamps in ascending order, duplicates allowed. For a query time you must
 * return the index of the first timestamp that is not before it: the number of entries strictly before the
 * query. The ledger answers many queries between writes, so each query must be far cheaper than reading the
 * whole list.
 *
 * <h2>Contract</h2>
 * {@code lowerBound(sorted, key, order)} returns the smallest index {@code i} in {@code [0, sorted.size()]} such
 * that every element before {@code i} compares less than {@code key}, and no element from {@code i} on does.
 * When every element is less than the key the answer is {@code sorted.size()}; for an empty list it is 0.
 * The list must be sorted by {@code order}; for an unsorted list the answer is unspecified (checking would cost
 * O(n)). The list is not modified.
 *
 * <h2>Required complexity (n = size)</h2>
 * O(log n) time and O(1) extra space. The grader counts calls to {@code order}: at most
 * {@code floor(log2 n) + 1} comparisons per query (for n = 1,000,000 that is 20). The list is random access
 * ({@code get(i)} is O(1)).
 *
 * <h2>Bad input</h2>
 * A null list, key or comparator is rejected with a {@link NullPointerException} whose message names the argument.
 */
public final class LowerBound {
    private LowerBound() {
    }

    /** The index of the first element of {@code sorted} that does not compare less than {@code key}. */
    public static <T> int lowerBound(List<? extends T> sorted, T key, Comparator<? super T> order) {
        throw new UnsupportedOperationException("TODO: keep a range that must contain the answer and halve it");
    }
}
