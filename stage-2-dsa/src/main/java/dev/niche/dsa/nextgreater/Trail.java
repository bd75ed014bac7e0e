package dev.niche.dsa.nextgreater;

/**
 * Where does the trail next climb above me?
 *
 * <p>A hiking app stores a trail as the elevations of its marker posts, in walking order. For every post it
 * shows the first post further along the trail that stands strictly higher, so a walker knows where the
 * view will next open up. Trails can have a million posts, and the app recomputes the whole table when a
 * trail is edited, so comparing every post with every later post (about n^2 / 2 comparisons) is too slow.
 *
 * <p>For example, elevations {@code [3, 1, 4, 1, 5]} give {@code [2, 2, 4, 4, -1]}: from post 1 (elevation 1)
 * the first higher post is post 2 (elevation 4), and nothing stands above post 4.
 *
 * <h2>Contract</h2>
 * {@code nextHigher(elevations)} returns a new array {@code next} of the same length, where {@code next[i]} is
 * the smallest index {@code j > i} with {@code elevations[j] > elevations[i]}, or -1 when there is none.
 * A post of equal elevation is not higher. Elevations are any ints, negative ones too (below sea level).
 * The input array is not modified.
 *
 * <h2>Required complexity (n = number of posts)</h2>
 * O(n) time and O(n) extra space (the answer, plus at most n more ints of working memory). The grader times
 * the call on growing trails: the time must grow linearly, not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} with a message naming it ("elevations").
 */
public final class Trail {
    private Trail() {
    }

    /** For each post, the index of the first later post that is strictly higher, or -1. */
    public static int[] nextHigher(int[] elevations) {
        throw new UnsupportedOperationException("TODO: find each post's first higher successor in one pass");
    }
}
