package dev.niche.dsa.largestrectangle;

/**
 * How large a banner fits on the street?
 *
 * <p>A street is a row of buildings, each one unit wide, of whole-number heights (0 for an empty lot). A
 * festival wants to hang one rectangular banner flat against the fronts: it must span consecutive buildings,
 * stand on the ground and stay below every rooftop it covers, so its height is at most the lowest building
 * under it. Find the largest area such a banner can have.
 *
 * <p>For example, for heights {@code [2, 4, 5, 3, 1, 2]} the best banner covers the buildings of heights
 * 4, 5 and 3 at height 3: area 9. Covering only 4 and 5 gives 8, and covering the first four buildings gives
 * 4 * 2 = 8.
 *
 * <h2>Contract</h2>
 * {@code largestArea(heights)} returns the maximum, over all non-empty runs of consecutive buildings, of
 * (number of buildings) * (lowest height among them); 0 for an empty street. Streets have up to a million
 * buildings and heights go up to {@link Integer#MAX_VALUE}, so the area is a {@code long}, and trying every run
 * (about n^2 / 2 of them) is too slow. The input array is not modified.
 *
 * <h2>Required complexity (n = number of buildings)</h2>
 * O(n) time and O(n) extra space. The grader times the call on growing streets: the time must grow linearly,
 * not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} with a message naming it ("heights"); a negative height
 * throws {@link IllegalArgumentException} naming it and its index, for example "heights[3] = -2 must not be
 * negative".
 */
public final class Banner {
    private Banner() {
    }

    /** The largest area of a rectangle under the skyline {@code heights}, standing on the ground. */
    public static long largestArea(int[] heights) {
        throw new UnsupportedOperationException("TODO: find the largest banner without trying every run");
    }
}
