package dev.niche.lld.ispdevices;

import java.util.List;
import java.util.Objects;

/** Reference: a hand-held scanner promises scanning, the one thing it can do. */
public final class PocketScanner implements Scanner {
    @Override
    public Document scan(String title, List<Sheet> sheets) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sheets, "sheets");
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("sheets must not be empty");
        }
        return new Document(title, sheets.stream().map(Sheet::text).toList());
    }
}
