package dev.niche.dsa.editdistance;

import java.util.Objects;

/**
 * Naive: the definition as a recursion on suffixes, with no memory of answers already found. Correct, but the
 * same pairs of suffixes are solved again and again: exponential when the strings differ.
 */
public final class EditDistance {
    private EditDistance() {
    }

    public static int between(CharSequence source, CharSequence target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        return distance(source, 0, target, 0);
    }

    private static int distance(CharSequence source, int i, CharSequence target, int j) {
        if (i == source.length()) {
            return target.length() - j;
        }
        if (j == target.length()) {
            return source.length() - i;
        }
        if (source.charAt(i) == target.charAt(j)) {
            return distance(source, i + 1, target, j + 1);
        }
        int delete = distance(source, i + 1, target, j);
        int insert = distance(source, i, target, j + 1);
        int replace = distance(source, i + 1, target, j + 1);
        return 1 + Math.min(replace, Math.min(delete, insert));
    }
}
