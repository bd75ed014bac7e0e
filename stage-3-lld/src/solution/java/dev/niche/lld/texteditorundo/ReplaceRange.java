package dev.niche.lld.texteditorundo;

/** A deletion then an insertion where it was: one edit, so one step of history. */
record ReplaceRange(DeleteRange removal, InsertText insertion) implements Edit {
    @Override
    public void applyTo(TextBuffer buffer) {
        removal.applyTo(buffer);
        insertion.applyTo(buffer);
    }
}
