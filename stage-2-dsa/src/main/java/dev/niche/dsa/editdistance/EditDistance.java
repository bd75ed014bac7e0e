package dev.niche.dsa.editdistance;

/**
 * How many keystrokes apart are two strings?
 *
 * <p>A spell checker ranks its suggestions for a typo by how few single-character edits turn the typo into
 * each dictionary word, where an edit inserts one character, deletes one, or replaces one by another. "flour"
 * is one edit from "floor" (replace u by o) and "plane" is one from "planet" (insert t). The same routine
 * compares whole lines of two versions of a file, so the strings can be long.
 *
 * <h2>Contract</h2>
 * {@code between(source, target)} returns the fewest insertions, deletions and replacements of single
 * characters that turn {@code source} into {@code target}. Characters are compared as Java {@code char}
 * values (UTF-16 units), case included: "A" and "a" differ. The distance is symmetric and is 0 only for equal
 * strings; from or to the empty string it is the other string's length. Any {@link CharSequence} works; it is
 * not modified.
 *
 * <h2>Constraints and required complexity (m, n = the two lengths)</h2>
 * Each string has up to 10^4 characters. Trying every sequence of edits grows exponentially. O(m * n) steps,
 * 10^8, are fine; O(m * n) memory, 10^8 ints or 400 MB, is not. Required: O(m * n) time and O(min(m, n)) extra
 * space, so whatever you keep must be sized by the shorter string, and the strings must not be copied. The
 * grader:
 * <ul>
 *   <li>counts calls to {@code charAt}: at most {@code 2 * (m + 1) * (n + 1)} per call (its sequences count
 *       {@code toString()} as reading every character, and stop a call that goes over the budget);</li>
 *   <li>measures the bytes one call allocates for a 16-character word against an n-character text, in both
 *       argument orders: they must not grow with n.</li>
 * </ul>
 *
 * <h2>Bad input</h2>
 * A null {@code source} or {@code target} throws {@link NullPointerException} whose message names it.
 */
public final class EditDistance {
    private EditDistance() {
    }

    /** The fewest single-character insertions, deletions and replacements turning source into target. */
    public static int between(CharSequence source, CharSequence target) {
        throw new UnsupportedOperationException("TODO: the fewest edits turning source into target");
    }
}
