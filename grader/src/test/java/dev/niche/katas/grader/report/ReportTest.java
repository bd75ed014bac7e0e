package dev.niche.katas.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Mode;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** progress.json, the board and the mode checks, on hand-made results. */
class ReportTest {
    static final KataInfo HEAP = new KataInfo("foundations/binary-heap", "Binary heap", 2, List.of("1.3"),
            List.of(CheckKind.COMPLEXITY), false, "src/main/java/x/");
    static final KataInfo QUIZ = new KataInfo("foundations/quiz", "Quiz", 1, List.of("1.1"),
            List.of(), false, "src/main/java/y/");

    static CheckResult check(String name, CheckKind kind, Status status) {
        return new CheckResult(name, kind, status, status == Status.PASSED ? null : name + " went wrong");
    }

    @Test
    void progressJsonRoundTripsWithTheDocumentedNames(@TempDir Path dir) {
        ComplexityRecord pop = new ComplexityRecord("pop", "O(log n)", "O(log n)", "count",
                List.of(new double[] {1024, 21}, new double[] {2048, 23}));
        Progress progress = new Progress("stage-1-foundations", "foundations", Mode.NAIVE, List.of(
                new KataResult(HEAP, List.of(check("pops", CheckKind.EXAMPLE, Status.PASSED),
                        check("heapify", CheckKind.COMPLEXITY, Status.FAILED)), List.of(pop))));
        Path file = dir.resolve("progress.json");
        progress.write(file);
        Map<?, ?> json = (Map<?, ?>) Json.parse(Progress.readText(file));
        assertThat(json.keySet().stream().map(String::valueOf).toList()).containsExactly("schema", "module", "stage", "mode", "katas");
        assertThat(json.get("mode")).isEqualTo("naive");
        Map<?, ?> kata = (Map<?, ?>) ((List<?>) json.get("katas")).get(0);
        assertThat(kata.keySet().stream().map(String::valueOf).toList()).contains("id", "title", "checkpoints", "status", "naiveViolates", "refactoring",
                "checks", "complexity");
        assertThat(kata.get("status")).isEqualTo("failed");
        assertThat(kata.get("naiveViolates")).isEqualTo(List.of("complexity"));
        Map<?, ?> measured = (Map<?, ?>) ((List<?>) kata.get("complexity")).get(0);
        assertThat(measured.get("points")).isEqualTo(List.of(List.of(1024.0, 21.0), List.of(2048.0, 23.0)));
        Progress back = Progress.read(file);
        assertThat(back.katas().get(0).checks()).isEqualTo(progress.katas().get(0).checks());
    }

    @Test
    void jsonEscapesAndReportsMalformedInputByOffset() {
        String text = Json.write(Map.of("quote", "a \"b\"\n\\ c"));
        assertThat(((Map<?, ?>) Json.parse(text)).get("quote")).isEqualTo("a \"b\"\n\\ c");
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).hasMessageContaining("offset 6");
    }

    @Test
    void theBoardListsKatasInPathOrderAndNamesTheNextOne() {
        Progress progress = new Progress("stage-1-foundations", "foundations", Mode.STUB, List.of(
                new KataResult(HEAP, List.of(check("heapify", CheckKind.COMPLEXITY, Status.FAILED)), List.of()),
                new KataResult(QUIZ, List.of(new CheckResult("q", CheckKind.EXAMPLE, Status.NOT_STARTED,
                        "not started: Answers.q (TODO: answer)")), List.of())));
        String board = Board.render(progress, "");
        assertThat(board.indexOf("foundations/quiz")).isLessThan(board.indexOf("foundations/binary-heap"));
        assertThat(board).contains("[not started] foundations/quiz")
                .contains("[FAILING]     foundations/binary-heap")
                .contains("complexity 'heapify': heapify went wrong")
                .contains("0 of 2 done, 1 failing, 1 not started.")
                .contains("Next: foundations/quiz - Quiz")
                .contains("stage-1-foundations/HINTS.md#quiz")
                .contains("./mvnw test -pl stage-1-foundations -Dkata=foundations/quiz")
                .contains("start at:  Answers.q (TODO: answer)");
        assertThat(board.lines().count()).isLessThan(20);
    }

    @Test
    void theBoardShowsTheNextKatasFirstFailureInFullWhenItSpansLines(@TempDir Path dir) {
        String interleaving = "not linearizable\n| Thread 1 | Thread 2 |\n| inc()    | inc()    |";
        CheckResult failed = new CheckResult("counts", CheckKind.CONCURRENCY, Status.FAILED,
                "not linearizable | Thread 1 | Thread 2 |", interleaving);
        Progress progress = new Progress("stage-4-concurrency", "concurrency", Mode.STUB,
                List.of(new KataResult(QUIZ, List.of(failed), List.of())));
        String board = Board.render(progress, "");
        assertThat(board).contains("  the first failure in full:\n    not linearizable\n    | Thread 1 | Thread 2 |\n");
        Path file = dir.resolve("progress.json");
        progress.write(file);
        assertThat(Progress.read(file).katas().get(0).checks().get(0).details()).isEqualTo(interleaving);
        assertThat(Messages.details(new AssertionError("one line"))).isNull();
        assertThat(Messages.details(new AssertionError("a\nb"))).isEqualTo("a\nb");
    }

    @Test
    void modeChecksCatchAPassingStubAWrongNaiveAndAFailingReference() {
        ModeExpectations.KataShape shape = new ModeExpectations.KataShape(
                EnumSet.of(CheckKind.EXAMPLE, CheckKind.COMPLEXITY), true);
        Map<String, ModeExpectations.KataShape> shapes = Map.of(HEAP.id(), shape);

        KataResult stubThatPasses = new KataResult(HEAP, List.of(check("size", CheckKind.EXAMPLE, Status.PASSED),
                check("pop", CheckKind.COMPLEXITY, Status.NOT_STARTED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.STUB, stubThatPasses), false, shapes))
                .singleElement().asString().contains("a stub passes the example check 'size'");

        KataResult correctNaive = new KataResult(HEAP, List.of(check("size", CheckKind.EXAMPLE, Status.PASSED),
                check("pop", CheckKind.COMPLEXITY, Status.PASSED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.NAIVE, correctNaive), false, shapes))
                .singleElement().asString().contains("passes every complexity check");

        KataResult naiveFailingExamples = new KataResult(HEAP, List.of(
                check("size", CheckKind.EXAMPLE, Status.FAILED), check("pop", CheckKind.COMPLEXITY, Status.FAILED)),
                List.of());
        assertThat(ModeExpectations.misses(of(Mode.NAIVE, naiveFailingExamples), false, shapes))
                .singleElement().asString().contains("fails a check of a kind it should pass");

        KataResult slowReference = new KataResult(HEAP, List.of(check("size", CheckKind.EXAMPLE, Status.PASSED),
                check("pop", CheckKind.COMPLEXITY, Status.FAILED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.SOLUTION, slowReference), false, shapes))
                .singleElement().asString().contains("the reference does not pass complexity 'pop'");

        KataResult goodReference = new KataResult(HEAP, List.of(check("size", CheckKind.EXAMPLE, Status.PASSED),
                check("pop", CheckKind.COMPLEXITY, Status.PASSED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.SOLUTION, goodReference), false, shapes)).isEmpty();
        assertThat(ModeExpectations.misses(of(Mode.SOLUTION, goodReference), true, shapes))
                .singleElement().asString().contains("no JMH measurement");
    }

    /** Not run: jqwik would skip the first two (Jupiter annotations on a property). */
    static class PropertiesJqwikSkips {
        @net.jqwik.api.Property
        @org.junit.jupiter.api.DisplayName("named the Jupiter way")
        void named() {
        }

        @net.jqwik.api.Property
        @org.junit.jupiter.api.Timeout(5)
        void timed() {
        }

        @net.jqwik.api.Property
        @net.jqwik.api.Label("named the jqwik way")
        void labelled() {
        }
    }

    @Test
    void propertiesThatJqwikWouldSkipAreReported() {
        assertThat(Checks.silentlySkipped(PropertiesJqwikSkips.class)).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("named").contains("@DisplayName").contains("@Label"))
                .anySatisfy(line -> assertThat(line).contains("timed").contains("@PropertyTimeout"));
    }

    @Test
    void benchModeRunsSeedChecksWithoutAskingForJmh() {
        KataInfo raft = new KataInfo("distributed/raft", "Raft", 13, List.of("6.1"), List.of(CheckKind.CONCURRENCY),
                false, "src/main/java/r/");
        Map<String, ModeExpectations.KataShape> shapes = Map.of(raft.id(), new ModeExpectations.KataShape(
                EnumSet.of(CheckKind.EXAMPLE, CheckKind.CONCURRENCY), false));
        KataResult passed = new KataResult(raft, List.of(check("one leader per term, 3000 seeds",
                CheckKind.CONCURRENCY, Status.PASSED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.SOLUTION, passed), true, shapes)).isEmpty();
        KataResult failed = new KataResult(raft, List.of(check("one leader per term, 3000 seeds",
                CheckKind.CONCURRENCY, Status.FAILED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.SOLUTION, failed), true, shapes))
                .singleElement().asString().contains("fails");
    }

    @Test
    void refactoringStartingCodeMustFailItsTrainedKindAndPassTheRest() {
        KataInfo ocp = new KataInfo("lld/ocp-discounts", "OCP", 1, List.of("3.2"), List.of(CheckKind.DESIGN),
                true, "src/main/java/z/");
        Map<String, ModeExpectations.KataShape> shapes = Map.of(ocp.id(), new ModeExpectations.KataShape(
                EnumSet.of(CheckKind.EXAMPLE, CheckKind.DESIGN), false));

        KataResult asGiven = new KataResult(ocp, List.of(check("totals", CheckKind.EXAMPLE, Status.PASSED),
                check("no type switch", CheckKind.DESIGN, Status.FAILED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.STUB, asGiven), false, shapes)).isEmpty();

        KataResult alreadyClean = new KataResult(ocp, List.of(check("totals", CheckKind.EXAMPLE, Status.PASSED),
                check("no type switch", CheckKind.DESIGN, Status.PASSED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.STUB, alreadyClean), false, shapes))
                .singleElement().asString().contains("fails no check of the kinds it trains");

        KataResult brokenBehaviour = new KataResult(ocp, List.of(check("totals", CheckKind.EXAMPLE, Status.FAILED),
                check("no type switch", CheckKind.DESIGN, Status.FAILED)), List.of());
        assertThat(ModeExpectations.misses(of(Mode.STUB, brokenBehaviour), false, shapes))
                .singleElement().asString().contains("must pass its other checks");
    }

    private static Progress of(Mode mode, KataResult kata) {
        return new Progress("stage-x", "foundations", mode, List.of(kata));
    }
}
