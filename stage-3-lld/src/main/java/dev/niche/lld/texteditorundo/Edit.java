package dev.niche.lld.texteditorundo;

/**
 * Extension point: one change to the text, a command. Given code: do not change this interface. The tests add
 * edits of their own through it, and the editor must apply, undo and redo them without being edited.
 */
@FunctionalInterface
public interface Edit {
    /** Changes {@code buffer}. May throw, for example when a position is beyond the end of the text. */
    void applyTo(TextBuffer buffer);
}
