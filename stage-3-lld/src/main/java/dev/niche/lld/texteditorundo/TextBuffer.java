package dev.niche.lld.texteditorundo;

/**
 * What an {@link Edit} may do to the text. Given code: do not change this interface; you implement it. Bad
 * positions throw {@link IllegalArgumentException} as the brief says, and change nothing.
 */
public interface TextBuffer {
    /** The text now. */
    String text();

    /** Inserts {@code text} before position {@code at}; {@code at} may be the length, to append. */
    void insert(int at, String text);

    /** Removes the characters of the range {@code [from, to)}. */
    void delete(int from, int to);
}
