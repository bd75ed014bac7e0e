package dev.niche.lld.texteditorundo;

/** Deletes the range [from, to). */
record DeleteRange(int from, int to) implements Edit {
    DeleteRange {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("from must be 0 to " + to + " (to), was " + from);
        }
    }

    @Override
    public void applyTo(TextBuffer buffer) {
        buffer.delete(from, to);
    }
}
