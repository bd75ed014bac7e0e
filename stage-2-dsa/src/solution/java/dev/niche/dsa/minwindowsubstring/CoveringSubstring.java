package dev.niche.dsa.minwindowsubstring;

import java.util.Objects;

/** Reference: a run that grows on the right until it covers, then shrinks on the left while it still does. */
public final class CoveringSubstring {
    private CoveringSubstring() {
    }

    /**
     * {@code owed[c]} is how many more c's the run {@code text[left..right]} needs (negative when it has spare
     * ones), and {@code missing} the sum of the positive entries: the run covers {@code required} exactly when
     * {@code missing == 0}. For each right end, the left end then moves right as long as the run still covers:
     * the shortest covering run ending at {@code right} is recorded just before it stops covering. Neither end
     * ever moves back, so each character of text enters and leaves the run at most once: O(n + m). A run
     * replaces the best only when strictly shorter; runs are met in order of their right end, so among equally
     * short runs the leftmost is kept.
     */
    public static String shortest(CharSequence text, CharSequence required) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(required, "required must not be null");
        if (required.length() == 0) {
            throw new IllegalArgumentException("required must not be empty");
        }
        int[] owed = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i < required.length(); i++) {
            owed[required.charAt(i)]++;
        }
        int missing = required.length();
        int bestStart = 0;
        int bestLength = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < text.length(); right++) {
            if (owed[text.charAt(right)]-- > 0) {
                missing--;
            }
            while (missing == 0) {
                if (right + 1 - left < bestLength) {
                    bestStart = left;
                    bestLength = right + 1 - left;
                }
                if (++owed[text.charAt(left)] > 0) {
                    missing++;
                }
                left++;
            }
        }
        return bestLength == Integer.MAX_VALUE ? "" : text.subSequence(bestStart, bestStart + bestLength).toString();
    }
}
