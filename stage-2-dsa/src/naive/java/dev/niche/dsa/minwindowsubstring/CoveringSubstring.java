package dev.niche.dsa.minwindowsubstring;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Naive: from every start, grows a run until it holds every required character. Correct, but O(n^2). */
public final class CoveringSubstring {
    private CoveringSubstring() {
    }

    public static String shortest(CharSequence text, CharSequence required) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(required, "required must not be null");
        if (required.length() == 0) {
            throw new IllegalArgumentException("required must not be empty");
        }
        Map<Character, Integer> needed = new HashMap<>();
        for (int i = 0; i < required.length(); i++) {
            needed.merge(required.charAt(i), 1, Integer::sum);
        }
        Map<Character, Integer> inRun = new HashMap<>();
        String best = null;
        for (int start = 0; start < text.length(); start++) {
            inRun.clear();
            int missing = required.length();
            for (int end = start; end < text.length() && missing > 0; end++) {
                char c = text.charAt(end);
                int wanted = needed.getOrDefault(c, 0);
                if (wanted > 0 && inRun.merge(c, 1, Integer::sum) <= wanted) {
                    missing--;
                }
                if (missing == 0 && (best == null || end + 1 - start < best.length())) {
                    best = text.subSequence(start, end + 1).toString();
                }
            }
        }
        return best == null ? "" : best;
    }
}
