package dev.niche.dsa.longestuniquesubstring;

import java.util.Objects;

/** Reference: one pass, remembering where each character was last seen. */
public final class LongestUniqueSubstring {
    private LongestUniqueSubstring() {
    }

    /**
     * Invariant: after reading the character at {@code end}, {@code text[start..end]} is the longest substring
     * ending at {@code end} without a repeat. Reading a character c only ever moves {@code start} forward, to
     * just past the previous c when that c lies inside the current stretch; an older c, before {@code start},
     * does not matter. Each character is read once: O(n) time. The table has one slot per possible char (256
     * KB, whatever n is) and holds 1 + the index of the last occurrence, so 0 means "not seen yet".
     */
    public static int length(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        int[] lastSeenPlusOne = new int[Character.MAX_VALUE + 1];
        int start = 0;
        int longest = 0;
        for (int end = 0; end < text.length(); end++) {
            char c = text.charAt(end);
            start = Math.max(start, lastSeenPlusOne[c]);
            lastSeenPlusOne[c] = end + 1;
            longest = Math.max(longest, end + 1 - start);
        }
        return longest;
    }
}
