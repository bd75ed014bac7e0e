package dev.niche.katas.grader.report;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Mode;
import dev.niche.katas.grader.NotStarted;
import java.lang.reflect.Method;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Listens to every JUnit Platform run (registered through META-INF/services, so Maven and IDEs both load it)
 * and records each kata check as passed, failed or not started. At the end it writes one result file per kata
 * and, outside Maven, prints the board; under Maven the board is printed once for the whole module after all
 * kata JVMs finish ({@code -Dkata.board=maven}). {@code -Dkata.board=off} turns it off.
 */
public final class ResultListener implements TestExecutionListener {
    public static final String BOARD_PROPERTY = "kata.board";
    private final String board;
    private final ReportFiles files;
    private final Map<String, KataInfo> katas = new LinkedHashMap<>();
    private final Map<String, List<CheckResult>> checks = new LinkedHashMap<>();
    private final Map<String, List<ComplexityRecord>> measurements = new LinkedHashMap<>();

    /** As the JUnit Platform creates it: settings from system properties. */
    public ResultListener() {
        this(System.getProperty(BOARD_PROPERTY, "print"), ReportFiles.fromSystemProperties());
    }

    /** @param board "print" (write results, print the board), "maven" (write results only) or "off" */
    ResultListener(String board, ReportFiles files) {
        this.board = board;
        this.files = files;
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        if (test.isTest()) {
            Recorder.drain();
        }
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if ("off".equals(board)) {
            return;
        }
        Optional<Class<?>> kataClass = javaClass(test.getSource()).flatMap(Checks::kataClass);
        if (kataClass.isEmpty()) {
            return;
        }
        List<ComplexityRecord> measured = Recorder.drain();
        if (!test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            return;
        }
        KataInfo info = KataInfo.of(kataClass.get());
        katas.putIfAbsent(info.id(), info);
        CheckKind kind = javaMethod(test.getSource()).map(Checks::kindOf).orElse(CheckKind.EXAMPLE);
        String name = test.isTest() ? test.getDisplayName() : "set-up of " + test.getDisplayName();
        checks.computeIfAbsent(info.id(), k -> new ArrayList<>()).add(toCheck(name, kind, result));
        measurements.computeIfAbsent(info.id(), k -> new ArrayList<>()).addAll(measured);
    }

    static CheckResult toCheck(String name, CheckKind kind, TestExecutionResult result) {
        Throwable failure = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return new CheckResult(name, kind, Status.PASSED, null);
            case ABORTED:
                return new CheckResult(name, kind, Status.FAILED,
                        "aborted: " + (failure == null ? "no reason given" : Messages.of(failure)));
            default:
                if (failure != null && NotStarted.isNotStarted(failure)) {
                    return new CheckResult(name, kind, Status.NOT_STARTED, NotStarted.describe(failure).get());
                }
                return new CheckResult(name, kind, Status.FAILED,
                        failure == null ? "failed" : Messages.of(failure), Messages.details(failure));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if ("off".equals(board) || katas.isEmpty()) {
            return;
        }
        List<KataResult> results = new ArrayList<>();
        for (KataInfo info : katas.values()) {
            KataResult result = new KataResult(info, checks.getOrDefault(info.id(), List.of()),
                    measurements.getOrDefault(info.id(), List.of()));
            files.writeKata(result);
            results.add(result);
        }
        if (!"maven".equals(board)) {
            Progress progress = new Progress(moduleName(), results.get(0).info().stage(), Mode.current(), results);
            progress.write(files.progressJson());
            System.out.print(Board.render(progress, System.getProperty("kata", "")));
        }
    }

    static String moduleName() {
        return System.getProperty("kata.module",
                Paths.get("").toAbsolutePath().getFileName().toString());
    }

    private static Optional<Class<?>> javaClass(Optional<TestSource> source) {
        return source.flatMap(s -> {
            if (s instanceof MethodSource) {
                return Optional.of(((MethodSource) s).getJavaClass());
            }
            if (s instanceof ClassSource) {
                return Optional.of(((ClassSource) s).getJavaClass());
            }
            return Optional.empty();
        });
    }

    private static Optional<Method> javaMethod(Optional<TestSource> source) {
        return source.filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getJavaMethod());
    }
}
