package dev.niche.lld.texteditorundo;

import java.util.Objects;

/** The text an edit works on, the originator of the memento pattern: it saves and restores its own state. */
final class Document implements TextBuffer {
    /** A saved state of a document; only a document can read it. */
    static final class Memento {
        private final String text;

        private Memento(String text) {
            this.text = text;
        }
    }

    private final StringBuilder text;

    Document(String initial) {
        text = new StringBuilder(initial);
    }

    @Override
    public String text() {
        return text.toString();
    }

    @Override
    public void insert(int at, String inserted) {
        Objects.requireNonNull(inserted, "text");
        if (at < 0 || at > text.length()) {
            throw new IllegalArgumentException("at must be 0 to " + text.length() + ", was " + at);
        }
        text.insert(at, inserted);
    }

    @Override
    public void delete(int from, int to) {
        if (from < 0 || from > to) {
            throw new IllegalArgumentException("from must be 0 to " + to + " (to), was " + from);
        }
        if (to > text.length()) {
            throw new IllegalArgumentException("to must be at most " + text.length() + ", was " + to);
        }
        text.delete(from, to);
    }

    Memento save() {
        return new Memento(text.toString());
    }

    void restore(Memento memento) {
        text.replace(0, text.length(), memento.text);
    }
}
