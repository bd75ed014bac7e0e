package dev.niche.dsa.topkfrequent;

import java.util.Comparator;
import java.util.List;

/**
 * Which tags are trending?
 *
 * <p>A photo-sharing site logs every tag its users attach, and the front page shows the few tags used most
 * today. The log holds up to 10^6 uses of up to 10^5 different tags, but the page shows only k of them, and k
 * is small (ten, say). Ranking every distinct tag would work, but it orders far more than the page shows.
 *
 * <h2>Contract</h2>
 * {@code top(items, k, tieBreak)} counts how often each distinct item occurs in {@code items} (items are equal
 * by {@code equals} and hash consistently with it) and returns the k distinct items that occur most often,
 * most frequent first. Items that occur equally often are ranked by {@code tieBreak}: the one it puts first
 * ranks higher. So the answer is unique: the first k of the distinct items sorted by count, descending, then
 * by {@code tieBreak}. For example, {@code top([b, a, c, a, b, d], 3, alphabetical)} is {@code [a, b, c]}:
 * a and b occur twice (a first by the tie-break), then c and d once each, and c wins the tie.
 * {@code items} is not modified.
 *
 * <h2>Required complexity (n = items.size(), m = number of distinct items)</h2>
 * O(n + m log k) time and O(m) extra space. The grader counts the calls to {@code tieBreak} on logs in which
 * every distinct item occurs equally often, so that every ranking decision falls to the tie-break: with k fixed
 * and m growing, the calls must grow as O(m), not O(m log m).
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null {@code items}, a null element of it, or a null {@code tieBreak}: {@link NullPointerException}
 *       whose message names the argument ({@code "items"}, {@code "items[3]"}, {@code "tieBreak"});</li>
 *   <li>{@code k < 0} or {@code k} greater than the number of distinct items: {@link IllegalArgumentException}
 *       whose message names {@code k}, its value and the number of distinct items.</li>
 * </ul>
 */
public final class MostFrequent {
    private MostFrequent() {
    }

    /** The k most frequent distinct items of {@code items}, most frequent first, ties ranked by tieBreak. */
    public static <T> List<T> top(List<? extends T> items, int k, Comparator<? super T> tieBreak) {
        throw new UnsupportedOperationException("TODO: count each item, then keep only the k best seen so far");
    }
}
