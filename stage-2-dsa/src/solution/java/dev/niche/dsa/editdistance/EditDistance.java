package dev.niche.dsa.editdistance;

import java.util.Objects;

/** Reference: the distances between prefixes, one row at a time, along the shorter string. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * Let d(i, j) be the distance between the first i characters of the longer string and the first j of the
     * shorter. The last edit of a best script either deletes the i-th character (d(i - 1, j) + 1), inserts the
     * j-th (d(i, j - 1) + 1), or ends both with the same character, kept or replaced (d(i - 1, j - 1) plus 0 or
     * 1). Row i needs only row i - 1, so one array over the shorter string is enough: before {@code row[j]} is
     * overwritten it still holds d(i - 1, j), and {@code diagonal} keeps d(i - 1, j - 1). The distance is
     * symmetric, so which string is the source does not matter. O(m * n) time, min(m, n) + 1 ints.
     */
    public static int between(CharSequence source, CharSequence target) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        CharSequence longer = source.length() >= target.length() ? source : target;
        CharSequence shorter = longer == source ? target : source;
        int[] row = new int[shorter.length() + 1];
        for (int j = 0; j < row.length; j++) {
            row[j] = j;
        }
        for (int i = 1; i <= longer.length(); i++) {
            char current = longer.charAt(i - 1);
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j < row.length; j++) {
                int above = row[j];
                int replaceOrKeep = diagonal + (current == shorter.charAt(j - 1) ? 0 : 1);
                row[j] = Math.min(replaceOrKeep, Math.min(above, row[j - 1]) + 1);
                diagonal = above;
            }
        }
        return row[shorter.length()];
    }
}
