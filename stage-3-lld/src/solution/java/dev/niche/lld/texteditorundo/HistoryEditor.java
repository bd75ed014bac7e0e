package dev.niche.lld.texteditorundo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The caretaker: it runs each edit as a command and keeps the document's state before each step, so any edit,
 * built in or not, can be undone and redone without knowing what it is.
 */
final class HistoryEditor implements Editor {
    private final Document document;
    private final Deque<Document.Memento> undo = new ArrayDeque<>();
    private final Deque<Document.Memento> redo = new ArrayDeque<>();

    HistoryEditor(Document document) {
        this.document = document;
    }

    @Override
    public String text() {
        return document.text();
    }

    @Override
    public void apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        Document.Memento before = document.save();
        try {
            edit.applyTo(document);
        } catch (RuntimeException | Error e) {
            document.restore(before);
            throw e;
        }
        undo.push(before);
        redo.clear();
    }

    @Override
    public boolean undo() {
        return step(undo, redo);
    }

    @Override
    public boolean redo() {
        return step(redo, undo);
    }

    /** Restores the state on top of {@code from}, keeping the current one on {@code to} to come back to. */
    private boolean step(Deque<Document.Memento> from, Deque<Document.Memento> to) {
        if (from.isEmpty()) {
            return false;
        }
        to.push(document.save());
        document.restore(from.pop());
        return true;
    }
}
