package dev.niche.lld.texteditorundo;

import java.util.Objects;

/** Naive: every edit is a tagged Op, and the editor does the work. */
public final class TextEditors {
    private TextEditors() {
    }

    public static Editor create(String initial) {
        return new SimpleEditor(Objects.requireNonNull(initial, "initial"));
    }

    public static Edit insert(int at, String text) {
        Objects.requireNonNull(text, "text");
        if (at < 0) {
            throw new IllegalArgumentException("at < 0");
        }
        return new Op(OpType.INSERT, at, at, text);
    }

    public static Edit delete(int from, int to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("bad from");
        }
        return new Op(OpType.DELETE, from, to, "");
    }

    public static Edit replace(int from, int to, String text) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("bad from");
        }
        return new Op(OpType.REPLACE, from, to, text);
    }
}
