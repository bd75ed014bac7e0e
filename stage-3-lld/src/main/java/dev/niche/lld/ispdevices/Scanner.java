package dev.niche.lld.ispdevices;

import java.util.List;

/** Role: turns paper back into a document. Given code: do not change it. */
@FunctionalInterface
public interface Scanner {
    /**
     * A document titled {@code title} whose pages are the sheets' texts, in the order the sheets are given.
     *
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the title is blank or there are no sheets
     */
    Document scan(String title, List<Sheet> sheets);
}
