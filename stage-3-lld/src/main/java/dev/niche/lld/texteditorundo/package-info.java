/**
 * <h2>Design a text editor with undo and redo</h2>
 * The interviewer's brief, and your statement. You design every class behind the facade {@link
 * dev.niche.lld.texteditorundo.Editor}; the tests reach your code only through {@link
 * dev.niche.lld.texteditorundo.TextEditors}, the one class you fill in, and through the extension point {@link
 * dev.niche.lld.texteditorundo.Edit}, which works on a {@link dev.niche.lld.texteditorundo.TextBuffer} that you
 * implement. Every other file of this package is given code: do not change it. Add as many classes as your
 * design needs, here or in subpackages.
 *
 * <h3>Functional requirements</h3>
 * <ul>
 *   <li>An editor holds one text, given when it is created. Positions count {@code char}s from 0; a range
 *       {@code [from, to)} holds the characters from {@code from} up to, not including, {@code to}.</li>
 *   <li>Three edits come with the editor, built by {@link dev.niche.lld.texteditorundo.TextEditors}: insert a
 *       string at a position, delete a range, and replace a range with a string.</li>
 *   <li>Every edit goes through {@link dev.niche.lld.texteditorundo.Editor#apply}, and each applied edit is one
 *       step of history, even one that changed nothing.</li>
 *   <li>Undo takes back the last step that is not undone yet and restores the text exactly as it was before it;
 *       there is no limit on how far back. Redo applies again the step undone last. Applying a new edit forgets
 *       every step there was to redo.</li>
 *   <li>An edit that fails (it throws) leaves the editor as it was: the text, what can be undone and what can be
 *       redone.</li>
 * </ul>
 *
 * <h3>What the interviewer will ask for next</h3>
 * More edits: "uppercase a range", "indent these lines", "wrap in brackets". They will be new implementations of
 * {@code Edit}, written by someone else and knowing only {@code TextBuffer}, and they must be undoable and
 * redoable with no edit to your code. The tests do exactly that. That is why an edit only says what to do: how
 * to take it back is the editor's business (the command and memento patterns; keeping the state before each
 * step is fine at this scale, and so is recording what each step changed).
 *
 * <h3>Design rules the grader checks</h3>
 * <ul>
 *   <li>No code asks an edit what type it is: no {@code instanceof}, no switch on a type tag, no
 *       {@code Map<Class<?>, ...>} (open/closed).</li>
 *   <li>No static mutable state: history belongs to its editor, and two editors never share any (no global
 *       undo manager, no static stack).</li>
 * </ul>
 *
 * <h3>Non-goals</h3>
 * A cursor or selection, grouping several edits into one step, a limit on history, files, concurrency, Unicode
 * beyond {@code char}s.
 *
 * <h3>Bad input</h3>
 * <ul>
 *   <li>A null argument throws {@link java.lang.NullPointerException} whose message names it ("initial",
 *       "edit", "text").</li>
 *   <li>Building an edit: a position below 0 throws {@link java.lang.IllegalArgumentException} naming "at" or
 *       "from", and {@code from > to} one naming "from".</li>
 *   <li>On the buffer, and so when an edit is applied: {@code at} beyond the end of the text throws {@code
 *       IllegalArgumentException} naming "at"; a range that starts below 0 or after its end, one naming "from";
 *       a range that ends beyond the text, one naming "to".</li>
 * </ul>
 */
package dev.niche.lld.texteditorundo;
