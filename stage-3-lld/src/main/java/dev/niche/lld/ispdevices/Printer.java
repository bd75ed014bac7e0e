package dev.niche.lld.ispdevices;

import java.util.List;

/** Role: puts documents on paper. Given code: do not change it. */
@FunctionalInterface
public interface Printer {
    /**
     * One sheet per page, in page order, numbered from 1 and carrying the document's title.
     *
     * @throws NullPointerException if {@code document} is null
     */
    List<Sheet> print(Document document);
}
