package dev.niche.dsa.mergeksorted;

import java.util.Comparator;
import java.util.List;

/**
 * One timeline from many shards.
 *
 * <p>An audit service stores its events on k shards, and each shard hands back its events already sorted by
 * time. A compliance export needs all of them in a single sorted list. There may be up to 10^4 shards and
 * 10^6 events in all, so looking at every shard's next event before writing each one (about 10^10 comparisons)
 * is too slow.
 *
 * <h2>Contract</h2>
 * {@code merge(lists, order)} returns a new list holding every element of every list in {@code lists}, sorted
 * by {@code order}. Each input list must already be sorted by {@code order}; for an unsorted one the result is
 * unspecified. Equal elements keep their relative order: among elements that compare equal, those of an
 * earlier list come first, and those of one list keep their order in it (a stable merge). Empty lists, and an
 * empty {@code lists}, are allowed. The input lists are not modified.
 *
 * <h2>Required complexity (k = lists.size(), N = total number of elements)</h2>
 * O(N log k) time and O(k) extra space besides the result. The grader counts the calls to {@code order}: per
 * element of the result they must grow as O(log k) when k grows, and stay O(1) when k is fixed and the lists
 * grow.
 *
 * <h2>Bad input</h2>
 * A null {@code lists}, a null list inside it, or a null {@code order} is rejected with a
 * {@link NullPointerException} whose message names the argument ({@code "lists"}, {@code "lists[2]"},
 * {@code "order"}).
 */
public final class SortedMerge {
    private SortedMerge() {
    }

    /** Every element of the sorted {@code lists}, in one list sorted by {@code order}; stable. */
    public static <T> List<T> merge(List<? extends List<? extends T>> lists, Comparator<? super T> order) {
        throw new UnsupportedOperationException("TODO: repeatedly take the smallest of the lists' next elements");
    }
}
