package dev.niche.dsa.longestuniquesubstring;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** Naive: from every start, grows a stretch until a character repeats. Correct, but O(n * L). */
public final class LongestUniqueSubstring {
    private LongestUniqueSubstring() {
    }

    public static int length(CharSequence text) {
        Objects.requireNonNull(text, "text must not be null");
        int longest = 0;
        for (int start = 0; start < text.length(); start++) {
            Set<Character> seen = new HashSet<>();
            int end = start;
            while (end < text.length() && seen.add(text.charAt(end))) {
                end++;
            }
            longest = Math.max(longest, end - start);
        }
        return longest;
    }
}
