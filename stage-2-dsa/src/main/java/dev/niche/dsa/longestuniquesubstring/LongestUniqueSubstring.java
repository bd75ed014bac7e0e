package dev.niche.dsa.longestuniquesubstring;

/**
 * How long can a stretch of keystrokes go without a repeat?
 *
 * <p>A keyboard maker logs one character per key press and wants to know the longest stretch of consecutive
 * presses in which no character was typed twice. The log is long, and with every alphabet of the world on the
 * keyboard, a stretch without repeats can be tens of thousands of presses long.
 *
 * <h2>Contract</h2>
 * {@code length(text)} returns the length of the longest substring of {@code text} (consecutive characters)
 * in which every character is different; 0 for the empty text. Characters are Java {@code char}s compared by
 * value: any of the 65,536 may occur, case matters, and the two halves of a surrogate pair are two
 * characters. For example, in {@code "abcdbefg"} the longest such substring is {@code "cdbefg"}: 6. The text
 * is any {@link CharSequence} (a String, a StringBuilder...); it is not modified.
 *
 * <h2>Constraints and required complexity (n = text.length())</h2>
 * n is up to 10^6. Trying every start and growing a stretch from it until a repeat costs O(n * L), where L,
 * the longest stretch, can be tens of thousands: too slow. Required: O(n) time; extra space that does not
 * grow with n (one entry per possible character, 65,536 in all, is fine). The grader counts how many
 * characters your code reads from {@code text}, through {@code charAt} or any method that hands out characters
 * ({@code toString}, {@code subSequence}, {@code chars}...): at most 2n. It also times the call as n grows:
 * the time must grow linearly, not quadratically.
 *
 * <h2>Bad input</h2>
 * A null text throws {@link NullPointerException} whose message names {@code text}.
 */
public final class LongestUniqueSubstring {
    private LongestUniqueSubstring() {
    }

    /** The length of the longest substring of {@code text} without a repeated character. */
    public static int length(CharSequence text) {
        throw new UnsupportedOperationException("TODO: return the length of the longest stretch without a repeat");
    }
}
