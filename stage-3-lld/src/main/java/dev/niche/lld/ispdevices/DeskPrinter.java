package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A small printer: it prints, and that is all it can do. */
public final class DeskPrinter implements MultiFunctionDevice {
    @Override
    public List<Sheet> print(Document document) {
        Objects.requireNonNull(document, "document");
        List<String> pages = document.pages();
        return IntStream.range(0, pages.size())
                .mapToObj(i -> new Sheet(document.title(), i + 1, pages.get(i)))
                .toList();
    }

    @Override
    public Document scan(String title, List<Sheet> sheets) {
        throw new UnsupportedOperationException("this printer cannot scan");
    }

    @Override
    public Receipt send(String number, Document document) {
        throw new UnsupportedOperationException("this printer cannot fax");
    }

    @Override
    public Bundle staple(List<Sheet> sheets) {
        throw new UnsupportedOperationException("this printer cannot staple");
    }
}
