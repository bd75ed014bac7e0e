package dev.niche.lld.texteditorundo;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Naive: the editor knows each kind of edit by its tag, both to do it and to undo it, and keeps every editor's
 * history in one global table. A new kind of edit means an edit here, and until then an exception.
 */
final class SimpleEditor implements Editor {
    /** One applied op and the text it removed, so that undo can put it back. */
    private record Done(Op op, String removed) {
    }

    private static final Map<SimpleEditor, Deque<Done>> UNDO = new IdentityHashMap<>();
    private static final Map<SimpleEditor, Deque<Done>> REDO = new IdentityHashMap<>();

    private final StringBuilder text;

    SimpleEditor(String initial) {
        text = new StringBuilder(initial);
        UNDO.put(this, new ArrayDeque<>());
        REDO.put(this, new ArrayDeque<>());
    }

    @Override
    public String text() {
        return text.toString();
    }

    @Override
    public void apply(Edit edit) {
        Objects.requireNonNull(edit, "edit");
        if (!(edit instanceof Op op)) {
            throw new IllegalArgumentException("unsupported edit: " + edit.getClass().getName());
        }
        if (op.type() == OpType.INSERT && op.from() > text.length()) {
            throw new IllegalArgumentException("at is beyond the end");
        }
        if (op.type() != OpType.INSERT && op.to() > text.length()) {
            throw new IllegalArgumentException("to is beyond the end");
        }
        UNDO.get(this).push(perform(op));
        REDO.get(this).clear();
    }

    private Done perform(Op op) {
        String removed = "";
        switch (op.type()) {
            case INSERT -> text.insert(op.from(), op.text());
            case DELETE -> {
                removed = text.substring(op.from(), op.to());
                text.delete(op.from(), op.to());
            }
            case REPLACE -> {
                removed = text.substring(op.from(), op.to());
                text.replace(op.from(), op.to(), op.text());
            }
            default -> throw new IllegalArgumentException("unknown op " + op.type());
        }
        return new Done(op, removed);
    }

    @Override
    public boolean undo() {
        Deque<Done> history = UNDO.get(this);
        if (history.isEmpty()) {
            return false;
        }
        Done done = history.pop();
        Op op = done.op();
        switch (op.type()) {
            case INSERT -> text.delete(op.from(), op.from() + op.text().length());
            case DELETE -> text.insert(op.from(), done.removed());
            case REPLACE -> text.replace(op.from(), op.from() + op.text().length(), done.removed());
            default -> throw new IllegalArgumentException("unknown op " + op.type());
        }
        REDO.get(this).push(done);
        return true;
    }

    @Override
    public boolean redo() {
        Deque<Done> undone = REDO.get(this);
        if (undone.isEmpty()) {
            return false;
        }
        UNDO.get(this).push(perform(undone.pop().op()));
        return true;
    }
}
