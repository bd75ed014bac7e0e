package dev.niche.dsa.lis;

import java.util.Comparator;
import java.util.List;

/**
 * The longest run of strict progress, with days off allowed.
 *
 * <p>A training app logs one score per session. To cheer its user up it shows "your longest streak of
 * records": the largest number of sessions, picked in date order but not necessarily one after the other,
 * whose scores strictly rise from each picked session to the next. For scores 5, 2, 8, 6, 3, 6, 9, 7 that is
 * 4 (2, 3, 6, 9, for example). Logs hold up to 10^5 sessions and the app recomputes the streak often.
 *
 * <h2>Contract</h2>
 * {@code longestLength(items, order)} returns the largest k such that some indexes i1 &lt; i2 &lt; ... &lt; ik
 * have {@code order.compare(items.get(ij), items.get(ij+1)) < 0} for every j: each picked item comes strictly
 * before the next in {@code order}, so two equal items never both belong to one increasing subsequence. The
 * answer is 0 for an empty list and 1 for a list of equal items. The list is not modified.
 *
 * <h2>Required complexity (n = size)</h2>
 * Comparing every pair of items (n^2 / 2 comparisons, 5 * 10^9 for 10^5 items) is too slow. Required:
 * O(n log n) time and O(n) extra space. The grader counts calls to {@code order}: at most
 * {@code n * (floor(log2 n) + 2)} comparisons for every input, and a count that grows as n log n. The list is
 * random access ({@code get(i)} is O(1)).
 *
 * <h2>Bad input</h2>
 * A null list or comparator throws {@link NullPointerException} whose message names the argument ("items",
 * "order"); a null element throws {@link NullPointerException} whose message names the list and the index
 * ("items[3]", for example), before any comparison.
 */
public final class IncreasingSubsequence {
    private IncreasingSubsequence() {
    }

    /** The length of the longest subsequence of {@code items} that strictly increases in {@code order}. */
    public static <T> int longestLength(List<? extends T> items, Comparator<? super T> order) {
        throw new UnsupportedOperationException("TODO: find the longest strictly increasing subsequence");
    }
}
