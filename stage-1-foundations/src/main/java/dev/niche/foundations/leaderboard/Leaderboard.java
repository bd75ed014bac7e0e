package dev.niche.foundations.leaderboard;

import java.util.Comparator;
import java.util.List;

/**
 * A leaderboard: players with scores, ranked best first by an order on {@link Entry} (usually
 * {@link Entry#BEST_FIRST}: the higher score first, equal scores by name).
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #update(String, long)} <em>sets</em> a player's score (it does not add to it), and adds the
 *       player on their first update. The board holds each player's current score, like a rating.</li>
 *   <li>{@link #topK(int)}: the k best entries, best first; all of them when the board has fewer than k.</li>
 *   <li>{@link #rank(String)}: the player's 1-based position in the order: the best player has rank 1.</li>
 * </ul>
 *
 * <h2>The bounds</h2>
 * Up to 10^5 players; 10^6 updates interleaved, in any order, with 10^6 calls of {@code topK(k)} for k at most
 * 10 and 10^6 calls of {@code rank}. Scores are any {@code long} and arrive online: none is known before its
 * update. Think of a budget of a few times 10^8 basic steps for the whole run.
 *
 * <h2>Required complexity (n = number of players)</h2>
 * <ul>
 *   <li>{@link #update} and {@link #rank}: O(log n) time and O(log n) comparisons;</li>
 *   <li>{@link #topK}: O(k + log n) time (O(k log n) is fine too) and O(log n) comparisons;</li>
 *   <li>{@link #size}: O(1); space: O(n).</li>
 * </ul>
 * Every comparison between two entries must go through the {@code order} given to the constructor: the
 * grader counts them, and times the operations as well.
 *
 * <h2>Why these bounds leave one family of structures</h2>
 * Sorting the players on every query costs about n log2 n, 1.7 million comparisons, times 2 million queries:
 * thousands of times the budget. A sorted array answers both queries quickly, but every update shifts up to n
 * entries, 10^11 moves in all. A hash map updates in O(1) but knows no order; a heap gives the best few in
 * O(k log n) but cannot tell how many entries beat a given one without looking at all of them. A balanced
 * search tree keyed by (score, name), such as {@code TreeSet}, updates and lists the best in O(log n), but
 * counting the entries ahead of a player walks them all. What is left is a balanced search tree in which every
 * node also knows the size of its subtree (an order-statistic tree, or a skip list whose links know their
 * widths): rank becomes one walk from the root, adding up the sizes of the subtrees passed on the left. A hash
 * map from player to current score beside it finds the entry an update replaces. (A Fenwick tree over the
 * scores would count as fast, but it needs every score in advance to number them; here they arrive online.)
 *
 * <h2>Bad input</h2>
 * A null order or player throws {@link NullPointerException} whose message names it ("order", "player");
 * {@code topK} with k &lt; 0 throws {@link IllegalArgumentException} naming k and its value; {@code rank} of a
 * player who was never updated throws {@link java.util.NoSuchElementException} naming that player.
 */
public final class Leaderboard {

    /** An empty board ranked by {@code order}, which must never call two different players' entries equal. */
    public Leaderboard(Comparator<Entry> order) {
        throw new UnsupportedOperationException("TODO: keep the order; start an empty tree and an empty score map");
    }

    /** Sets {@code player}'s score to {@code score}, adding the player if new. */
    public void update(String player, long score) {
        throw new UnsupportedOperationException("TODO: remove the player's old entry, if any, and insert the new one");
    }

    /** The {@code k} best entries, best first; fewer when the board holds fewer than k players. */
    public List<Entry> topK(int k) {
        throw new UnsupportedOperationException("TODO: walk the tree in order from the best entry, k steps");
    }

    /** The 1-based position of {@code player}: 1 for the best. */
    public int rank(String player) {
        throw new UnsupportedOperationException("TODO: walk down to the player's entry, counting entries to its left");
    }

    /** How many players the board holds. */
    public int size() {
        throw new UnsupportedOperationException("TODO: return the number of players");
    }
}
