package dev.niche.dsa.jumpgame;

/**
 * Crossing a river on stepping stones.
 *
 * <p>A row of stones crosses a river. Each stone says how far you may hop from it: from stone i, with number
 * {@code maxHop[i]}, you may land on any stone from i + 1 to i + maxHop[i] (a 0 means you cannot leave it).
 * You start on the first stone and want the last one. A river-crossing game asks two questions of each row:
 * can the last stone be reached at all, and in how few hops? Hopping as far as you can each time is not
 * always the fewest: on 2, 3, 1, 1, 1 it takes three hops (0, 2, 3, 4), where two will do (0, 1, 4).
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@code canReachLast(maxHop)} is true when some sequence of hops leads from stone 0 to the last stone;</li>
 *   <li>{@code fewestHops(maxHop)} is the least number of hops of such a sequence, or -1 when there is none.</li>
 * </ul>
 * A row of one stone is already crossed: true, and 0 hops. Hops never go backwards and never past the last
 * stone (a longer allowance just means you may stop there). Allowances may be as large as
 * {@link Integer#MAX_VALUE}. The array is not modified.
 *
 * <h2>Constraints and required complexity (n = number of stones)</h2>
 * Rows hold up to 10^6 stones and allowances can be long, so looking at every stone each stone can reach
 * (up to n^2 / 2 hops) is too slow. Required for both methods: O(n) time and O(1) extra space. The grader
 * times rows where every stone reaches far ahead: the time must grow linearly, not quadratically.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} whose message names it ("maxHop"); an empty array (no
 * first stone) or a negative allowance throws {@link IllegalArgumentException} whose message names it
 * ("maxHop[4]", for example).
 */
public final class Hops {
    private Hops() {
    }

    /** Whether the last stone can be reached from the first. */
    public static boolean canReachLast(int[] maxHop) {
        throw new UnsupportedOperationException("TODO: whether the last stone can be reached");
    }

    /** The fewest hops from the first stone to the last, or -1 when it cannot be reached. */
    public static int fewestHops(int[] maxHop) {
        throw new UnsupportedOperationException("TODO: the fewest hops to the last stone, or -1");
    }
}
