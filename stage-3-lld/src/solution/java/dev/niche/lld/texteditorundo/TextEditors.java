package dev.niche.lld.texteditorundo;

import java.util.Objects;

/** Builds an editor and the built-in edits, each checked as far as it can be before it meets a text. */
public final class TextEditors {
    private TextEditors() {
    }

    public static Editor create(String initial) {
        return new HistoryEditor(new Document(Objects.requireNonNull(initial, "initial")));
    }

    public static Edit insert(int at, String text) {
        return new InsertText(at, text);
    }

    public static Edit delete(int from, int to) {
        return new DeleteRange(from, to);
    }

    public static Edit replace(int from, int to, String text) {
        return new ReplaceRange(new DeleteRange(from, to), new InsertText(from, text));
    }
}
