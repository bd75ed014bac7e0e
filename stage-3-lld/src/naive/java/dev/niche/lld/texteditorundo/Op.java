package dev.niche.lld.texteditorundo;

/** Naive: an edit that is only data: a type tag and its arguments. */
record Op(OpType type, int from, int to, String text) implements Edit {
    @Override
    public void applyTo(TextBuffer buffer) {
        if (type != OpType.INSERT) {
            buffer.delete(from, to);
        }
        if (type != OpType.DELETE) {
            buffer.insert(from, text);
        }
    }
}
