package dev.niche.lld.texteditorundo;

/**
 * The facade the tests drive: one editor and its history. Given code: do not change it. The brief is in {@code
 * package-info.java}.
 */
public interface Editor {
    /** The text now. */
    String text();

    /**
     * Applies {@code edit} as one new step of history and forgets every step there was to redo. If the edit
     * throws, the exception passes through and the editor is as it was.
     */
    void apply(Edit edit);

    /**
     * Takes back the last step that is not undone yet.
     *
     * @return false, changing nothing, when there is no such step
     */
    boolean undo();

    /**
     * Applies again the step undone last.
     *
     * @return false, changing nothing, when no step is there to redo
     */
    boolean redo();
}
