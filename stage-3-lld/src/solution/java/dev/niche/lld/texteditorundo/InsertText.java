package dev.niche.lld.texteditorundo;

import java.util.Objects;

/** Inserts a string at a position. */
record InsertText(int at, String text) implements Edit {
    InsertText {
        Objects.requireNonNull(text, "text");
        if (at < 0) {
            throw new IllegalArgumentException("at must be at least 0, was " + at);
        }
    }

    @Override
    public void applyTo(TextBuffer buffer) {
        buffer.insert(at, text);
    }
}
