package dev.niche.lld.ispdevices;

import java.util.Objects;

/**
 * One printed sheet of paper. Given code: do not change it.
 *
 * @param title  the title of the document it belongs to
 * @param number its page number, from 1
 * @param text   what is printed on it
 */
public record Sheet(String title, int number, String text) {
    public Sheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (number < 1) {
            throw new IllegalArgumentException("number must be at least 1, was " + number);
        }
    }
}
