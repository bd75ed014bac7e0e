package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** Reference: a small printer promises printing, the one thing it can do. */
public final class DeskPrinter implements Printer {
    @Override
    public List<Sheet> print(Document document) {
        Objects.requireNonNull(document, "document");
        List<String> pages = document.pages();
        return IntStream.range(0, pages.size())
                .mapToObj(i -> new Sheet(document.title(), i + 1, pages.get(i)))
                .toList();
    }
}
