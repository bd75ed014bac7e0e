package dev.niche.lld.texteditorundo;

/**
 * The entry point: the tests build every editor and every built-in edit here. Keep these signatures; write the
 * classes they return (the brief is in {@code package-info.java}).
 */
public final class TextEditors {
    private TextEditors() {
    }

    /** An editor holding {@code initial}, with nothing to undo or redo. */
    public static Editor create(String initial) {
        throw new UnsupportedOperationException("TODO: build your editor behind Editor");
    }

    /** An edit that inserts {@code text} before position {@code at}. */
    public static Edit insert(int at, String text) {
        throw new UnsupportedOperationException("TODO: an Edit that inserts");
    }

    /** An edit that deletes the range {@code [from, to)}. */
    public static Edit delete(int from, int to) {
        throw new UnsupportedOperationException("TODO: an Edit that deletes");
    }

    /** An edit that replaces the range {@code [from, to)} with {@code text}. */
    public static Edit replace(int from, int to, String text) {
        throw new UnsupportedOperationException("TODO: an Edit that replaces");
    }
}
