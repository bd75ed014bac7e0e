package dev.niche.lld.texteditorundo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.design.DesignRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "lld/text-editor-undo", title = "Design a text editor with undo", order = 60, checkpoints = "3.3",
        naiveViolates = CheckKind.DESIGN)
class TextEditorUndoTest {

    // ---- examples -----------------------------------------------------------------------------------------

    @Test
    @DisplayName("insert, delete and replace change the text")
    void edits() {
        Editor editor = TextEditors.create("hello world");
        editor.apply(TextEditors.insert(5, ","));
        assertThat(editor.text()).as("after inserting a comma at 5").isEqualTo("hello, world");
        editor.apply(TextEditors.insert(12, "!"));
        assertThat(editor.text()).as("after appending at 12").isEqualTo("hello, world!");
        editor.apply(TextEditors.delete(0, 7));
        assertThat(editor.text()).as("after deleting [0, 7)").isEqualTo("world!");
        editor.apply(TextEditors.replace(0, 5, "there"));
        assertThat(editor.text()).as("after replacing [0, 5)").isEqualTo("there!");
        editor.apply(TextEditors.replace(6, 6, " Hi."));
        assertThat(editor.text()).as("after replacing the empty range at the end").isEqualTo("there! Hi.");
    }

    @Test
    @DisplayName("undo steps back one edit at a time, redo steps forward, and a new edit forgets the redo steps")
    void undoRedo() {
        Editor editor = TextEditors.create("ab");
        editor.apply(TextEditors.insert(2, "c"));
        editor.apply(TextEditors.delete(0, 1));
        editor.apply(TextEditors.replace(0, 2, "XYZ"));
        assertThat(editor.text()).isEqualTo("XYZ");
        assertThat(editor.undo()).as("first undo").isTrue();
        assertThat(editor.text()).as("after one undo").isEqualTo("bc");
        assertThat(editor.undo()).as("second undo").isTrue();
        assertThat(editor.text()).as("after two undos").isEqualTo("abc");
        assertThat(editor.redo()).as("redo").isTrue();
        assertThat(editor.text()).as("after a redo").isEqualTo("bc");
        editor.apply(TextEditors.insert(0, ">"));
        assertThat(editor.text()).as("after a new edit").isEqualTo(">bc");
        assertThat(editor.redo()).as("redo after a new edit").isFalse();
        assertThat(editor.text()).as("after the refused redo").isEqualTo(">bc");
        assertThat(editor.undo()).isTrue();
        assertThat(editor.undo()).isTrue();
        assertThat(editor.undo()).isTrue();
        assertThat(editor.text()).as("after undoing everything").isEqualTo("ab");
        assertThat(editor.undo()).as("undo with nothing left").isFalse();
        assertThat(editor.text()).as("after the refused undo").isEqualTo("ab");
    }

    @Test
    @DisplayName("an edit that changes nothing is still one step, and two editors keep their own history")
    void stepsAndEditors() {
        Editor first = TextEditors.create("one");
        Editor second = TextEditors.create("two");
        first.apply(TextEditors.delete(1, 1));
        second.apply(TextEditors.insert(3, "!"));
        first.apply(TextEditors.insert(0, "#"));
        assertThat(second.undo()).as("second editor's undo").isTrue();
        assertThat(first.text()).as("first editor after the second's undo").isEqualTo("#one");
        assertThat(second.undo()).as("second editor's second undo").isFalse();
        assertThat(first.undo()).isTrue();
        assertThat(first.undo()).as("undo of the empty deletion").isTrue();
        assertThat(first.text()).isEqualTo("one");
        assertThat(first.undo()).as("nothing left in the first editor").isFalse();
        assertThat(second.text()).isEqualTo("two");
    }

    @Test
    @DisplayName("bad input is refused with the argument named, and a refused edit changes nothing")
    void badInput() {
        assertThatThrownBy(() -> TextEditors.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("initial");
        assertThatThrownBy(() -> TextEditors.insert(0, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> TextEditors.replace(0, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> TextEditors.insert(-1, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at");
        assertThatThrownBy(() -> TextEditors.delete(-1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> TextEditors.delete(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");
        assertThatThrownBy(() -> TextEditors.replace(3, 2, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from");

        Editor editor = TextEditors.create("abc");
        editor.apply(TextEditors.insert(3, "d"));
        editor.apply(TextEditors.insert(0, "_"));
        editor.undo();
        assertThatThrownBy(() -> editor.apply(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("edit");
        assertThatThrownBy(() -> editor.apply(TextEditors.insert(5, "x"))).as("insert at 5 into abcd")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at");
        assertThatThrownBy(() -> editor.apply(TextEditors.delete(2, 5))).as("delete [2, 5) of abcd")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> editor.apply(TextEditors.replace(1, 9, "x"))).as("replace [1, 9) of abcd")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to");
        assertThat(editor.text()).as("text after the refusals").isEqualTo("abcd");
        assertThat(editor.redo()).as("the redo step survives the refusals").isTrue();
        assertThat(editor.text()).isEqualTo("_abcd");
        assertThat(editor.undo()).isTrue();
        assertThat(editor.undo()).as("the undo step survives the refusals").isTrue();
        assertThat(editor.text()).isEqualTo("abc");
    }

    // ---- properties ---------------------------------------------------------------------------------------

    /** One step: an edit with raw positions (fitted to the text when applied), an undo or a redo. */
    record Step(String action, int a, int b, String text) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abXY .").ofMaxLength(4);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 50);
        Arbitrary<Step> edit = Combinators.combine(Arbitraries.of("insert", "delete", "replace"), position,
                position, text).as(Step::new);
        Arbitrary<Step> undo = Arbitraries.just(new Step("undo", 0, 0, ""));
        Arbitrary<Step> redo = Arbitraries.just(new Step("redo", 0, 0, ""));
        return Arbitraries.frequencyOf(Tuple.of(5, edit), Tuple.of(3, undo), Tuple.of(2, redo)).list()
                .ofMaxSize(40);
    }

    /** The edit of {@code step}, with its positions fitted to {@code text}, and the text it should make. */
    private static Edit fitted(Step step, String text, StringBuilder result) {
        int x = step.a() % (text.length() + 1);
        int y = step.b() % (text.length() + 1);
        int from = Math.min(x, y);
        int to = Math.max(x, y);
        result.setLength(0);
        switch (step.action()) {
            case "insert" -> {
                result.append(text, 0, x).append(step.text()).append(text.substring(x));
                return TextEditors.insert(x, step.text());
            }
            case "delete" -> {
                result.append(text, 0, from).append(text.substring(to));
                return TextEditors.delete(from, to);
            }
            default -> {
                result.append(text, 0, from).append(step.text()).append(text.substring(to));
                return TextEditors.replace(from, to, step.text());
            }
        }
    }

    @Property(tries = 400)
    @Label("edits, undos and redos match a model: a list of snapshots and where the editor stands in it")
    void matchesSnapshotModel(@ForAll("steps") List<Step> steps) {
        Editor editor = TextEditors.create("start");
        List<String> snapshots = new ArrayList<>(List.of("start"));
        int current = 0;
        StringBuilder expected = new StringBuilder();
        for (Step step : steps) {
            String at = "at " + step + " of " + steps;
            switch (step.action()) {
                case "undo" -> {
                    assertThat(editor.undo()).as("undo's answer %s", at).isEqualTo(current > 0);
                    current = Math.max(0, current - 1);
                }
                case "redo" -> {
                    boolean canRedo = current < snapshots.size() - 1;
                    assertThat(editor.redo()).as("redo's answer %s", at).isEqualTo(canRedo);
                    current += canRedo ? 1 : 0;
                }
                default -> {
                    editor.apply(fitted(step, snapshots.get(current), expected));
                    snapshots.subList(current + 1, snapshots.size()).clear();
                    snapshots.add(expected.toString());
                    current++;
                }
            }
            assertThat(editor.text()).as("text %s", at).isEqualTo(snapshots.get(current));
        }
    }

    @Property(tries = 400)
    @Label("undo after do is identity: undoing every edit gives the first text back, and redoing them the last")
    void undoAllThenRedoAll(@ForAll("steps") List<Step> steps) {
        Editor editor = TextEditors.create("");
        StringBuilder expected = new StringBuilder();
        int edits = 0;
        for (Step step : steps) {
            if (!step.action().endsWith("do")) {
                editor.apply(fitted(step, editor.text(), expected));
                edits++;
            }
        }
        String last = editor.text();
        for (int i = 0; i < edits; i++) {
            assertThat(editor.undo()).as("undo %d of %d", i + 1, edits).isTrue();
        }
        assertThat(editor.text()).as("after undoing all %d edits of %s", edits, steps).isEmpty();
        assertThat(editor.undo()).as("one undo too many").isFalse();
        for (int i = 0; i < edits; i++) {
            assertThat(editor.redo()).as("redo %d of %d", i + 1, edits).isTrue();
        }
        assertThat(editor.text()).as("after redoing all %d edits of %s", edits, steps).isEqualTo(last);
        assertThat(editor.redo()).as("one redo too many").isFalse();
    }

    // ---- design -------------------------------------------------------------------------------------------

    /** Uppercases a range, written by the test: a deletion and an insertion, knowing only TextBuffer. */
    record Uppercase(int from, int to) implements Edit {
        @Override
        public void applyTo(TextBuffer buffer) {
            String part = buffer.text().substring(from, to);
            buffer.delete(from, to);
            buffer.insert(from, part.toUpperCase(Locale.ROOT));
        }
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("no code asks an edit what type it is (open/closed)")
    void noTypeChecks() {
        DesignRules.design("dev.niche.lld.texteditorundo")
                .startedBy(() -> TextEditors.create("a").apply(TextEditors.insert(0, "b")))
                .satisfies(DesignRules.noTypeChecksOn(Edit.class));
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("history belongs to its editor: no static mutable state (explicit dependencies)")
    void noGlobalHistory() {
        DesignRules.design("dev.niche.lld.texteditorundo")
                .startedBy(() -> TextEditors.create("a").apply(TextEditors.insert(0, "b")))
                .satisfies(DesignRules.noStaticMutableState());
    }

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("edits written by the test apply, undo and redo without an edit, and a failing one changes nothing"
            + " (extension)")
    void newEditsAreUndoable() {
        Editor editor = TextEditors.create("make it loud");
        List<String> texts = DesignRules.extension("an uppercase edit written by the test", () -> {
            List<String> seen = new ArrayList<>();
            editor.apply(new Uppercase(5, 7));
            seen.add(editor.text());
            editor.apply(TextEditors.insert(12, "!"));
            editor.apply(buffer -> buffer.insert(0, "> "));
            seen.add(editor.text());
            editor.undo();
            editor.undo();
            seen.add(editor.text());
            editor.undo();
            seen.add(editor.text());
            editor.redo();
            seen.add(editor.text());
            return seen;
        });
        assertThat(texts).as("texts: uppercase, two more edits, two undos, a third undo, a redo")
                .containsExactly("make IT loud", "> make IT loud!", "make IT loud", "make it loud", "make IT loud");
        Edit halfDone = buffer -> {
            buffer.insert(0, "oops ");
            buffer.delete(0, 99);
        };
        assertThatThrownBy(() -> editor.apply(halfDone)).as("an edit that inserts, then deletes beyond the end")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(editor.text()).as("text after the failed edit").isEqualTo("make IT loud");
        assertThat(editor.undo()).as("undo after the failed edit").isTrue();
        assertThat(editor.text()).as("the failed edit was no step: undo takes back the uppercase")
                .isEqualTo("make it loud");
    }
}
