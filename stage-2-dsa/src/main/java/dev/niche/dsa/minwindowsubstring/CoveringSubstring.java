package dev.niche.dsa.minwindowsubstring;

/**
 * The shortest row of tiles that spells a word.
 *
 * <p>In a word game, letter tiles lie in one long row. To play a word you must take a run of adjacent tiles
 * that holds every letter of the word, each as many times as the word uses it (a tile serves once: a word
 * with two e's needs two e tiles); leftover tiles in the run are fine. Players want the shortest such run.
 *
 * <h2>Contract</h2>
 * {@code shortest(text, required)} returns the shortest substring of {@code text} in which every character
 * occurs at least as many times as it occurs in {@code required}. When several are equally short, the one that
 * starts first (the leftmost). When there is none, the empty string {@code ""}. Characters are Java
 * {@code char}s compared by value: any of the 65,536 may occur, and case matters. For example,
 * {@code shortest("xaybzcab", "abc")} is {@code "cab"}, and {@code shortest("abcab", "aa")} is {@code "abca"}.
 * Neither argument is modified.
 *
 * <h2>Constraints and required complexity (n = text.length(), m = required.length())</h2>
 * n and m are up to 10^6. Trying every start and growing a run from it until it holds the word costs O(n^2)
 * when runs are long: too slow. Required: O(n + m) time; extra space that grows with neither n nor m, apart
 * from the returned string (one counter per possible character, 65,536 in all, is fine). The grader times the
 * call as n grows: the time must grow linearly, not quadratically.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null text or required: {@link NullPointerException} whose message names the argument
 *       ({@code text} or {@code required});</li>
 *   <li>an empty required: {@link IllegalArgumentException} whose message names {@code required} (asking for
 *       nothing is a caller's mistake, not a question with an answer worth computing).</li>
 * </ul>
 */
public final class CoveringSubstring {
    private CoveringSubstring() {
    }

    /** The shortest, then leftmost, substring of {@code text} holding every character of {@code required}. */
    public static String shortest(CharSequence text, CharSequence required) {
        throw new UnsupportedOperationException(
                "TODO: return the shortest, leftmost substring holding every character of required, or \"\"");
    }
}
