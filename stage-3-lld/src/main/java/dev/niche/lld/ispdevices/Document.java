package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;

/**
 * A document: a title and the text of each page. Given code: do not change it.
 *
 * @param title not blank
 * @param pages at least one page, none of them null
 */
public record Document(String title, List<String> pages) {
    public Document {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("pages must not be empty");
        }
    }
}
