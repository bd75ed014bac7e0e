package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;

/** A hand-held scanner: it scans, and that is all it can do. */
public final class PocketScanner implements MultiFunctionDevice {
    @Override
    public Document scan(String title, List<Sheet> sheets) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sheets, "sheets");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("sheets must not be empty");
        }
        return new Document(title, sheets.stream().map(Sheet::text).toList());
    }

    @Override
    public List<Sheet> print(Document document) {
        throw new UnsupportedOperationException("this scanner cannot print");
    }

    @Override
    public Receipt send(String number, Document document) {
        throw new UnsupportedOperationException("this scanner cannot fax");
    }

    @Override
    public Bundle staple(List<Sheet> sheets) {
        throw new UnsupportedOperationException("this scanner cannot staple");
    }
}
