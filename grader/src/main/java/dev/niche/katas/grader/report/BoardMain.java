package dev.niche.katas.grader.report;

import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs in Maven after the tests of a stage module (exec:java, see the root pom): gathers the per-kata results,
 * writes progress.json, prints the board, and decides the build's outcome. With {@code verify=true} it checks
 * the mode's expectations ({@link ModeExpectations}) instead of demanding that every kata is done.
 *
 * <p>Arguments are {@code key=value}: module, report-dir, test-classes, mode, focus, gate, verify, bench.
 */
public final class BoardMain {
    private BoardMain() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("argument '" + arg + "' is not key=value");
            }
            opts.put(arg.substring(0, eq), arg.substring(eq + 1).trim());
        }
        String module = opts.getOrDefault("module", "stage");
        Mode mode = Mode.valueOf(opts.getOrDefault("mode", "stub").toUpperCase(java.util.Locale.ROOT));
        String focus = opts.getOrDefault("focus", "");
        boolean bench = Boolean.parseBoolean(opts.getOrDefault("bench", "false"));
        Map<String, Class<?>> known = kataClasses(Paths.get(opts.getOrDefault("test-classes", "target/test-classes")));
        if (!focus.isEmpty() && !known.containsKey(focus)) {
            boolean otherStage = known.values().stream().map(c -> KataInfo.of(c).stage() + "/")
                    .noneMatch(focus::startsWith);
            if (otherStage && focus.contains("/")) {
                return; // -Dkata for another stage's kata, in a build of several stages: nothing to show here
            }
            throw new IllegalArgumentException("-Dkata=" + focus + " names no kata of " + module
                    + ". Katas here, in path order: " + String.join(", ", known.keySet()));
        }
        ReportFiles files = new ReportFiles(Paths.get(opts.getOrDefault("report-dir", "target/kata-report")));
        List<KataResult> results = new ArrayList<>(files.readKatas());
        for (Map.Entry<String, Class<?>> k : known.entrySet()) {
            boolean selected = focus.isEmpty() || focus.equals(k.getKey());
            boolean ran = results.stream().anyMatch(r -> r.info().id().equals(k.getKey()));
            boolean expected = !bench || Checks.hasBenchmark(k.getValue());
            if (selected && expected && !ran) {
                results.add(new KataResult(KataInfo.of(k.getValue()), List.of(), List.of()));
            }
        }
        String stage = results.isEmpty() ? "" : results.get(0).info().stage();
        Progress progress = new Progress(module, stage, mode, results);
        progress.write(files.progressJson());
        System.out.print(Board.render(progress, focus));
        System.out.flush();

        if (Boolean.parseBoolean(opts.getOrDefault("verify", "false"))) {
            Map<String, ModeExpectations.KataShape> shapes = new LinkedHashMap<>();
            known.forEach((id, c) -> shapes.put(id,
                    new ModeExpectations.KataShape(Checks.declaredKinds(c), Checks.hasBenchmark(c))));
            if (!focus.isEmpty()) {
                shapes.keySet().retainAll(List.of(focus));
            }
            List<String> misses = new ArrayList<>(ModeExpectations.misses(progress, bench, shapes));
            known.values().forEach(c -> misses.addAll(Checks.silentlySkipped(c)));
            String what = bench ? "bench" : mode.jsonName();
            if (!misses.isEmpty()) {
                System.out.println("MODE CHECK FAILED (" + what + ", " + module + "):");
                misses.forEach(m -> System.out.println("  - " + m));
                throw new IllegalStateException(misses.size() + " mode expectation(s) missed in " + module
                        + " (" + what + " mode); see the list above");
            }
            System.out.println("Mode check passed (" + what + ", " + module + "): "
                    + progress.katas().size() + " katas as expected.");
        } else if (Boolean.parseBoolean(opts.getOrDefault("gate", "true"))) {
            long open = progress.katas().size() - progress.count(Status.PASSED);
            if (open > 0 || progress.katas().isEmpty()) {
                throw new IllegalStateException(open + " of " + progress.katas().size()
                        + " katas not done yet; the board above says which and what to do next");
            }
        }
    }

    /** Every class under {@code testClasses} that carries {@code @Kata}, by kata id, loaded without running it. */
    static Map<String, Class<?>> kataClasses(Path testClasses) {
        Map<String, Class<?>> katas = new LinkedHashMap<>();
        if (!Files.isDirectory(testClasses)) {
            return katas;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (Stream<Path> files = Files.walk(testClasses)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")
                    && !p.toString().contains("jmh_generated")).sorted().toList()) {
                String name = testClasses.relativize(f).toString().replace('/', '.').replace('\\', '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, loader);
                Kata kata = c.getAnnotation(Kata.class);
                if (kata != null) {
                    Class<?> clash = katas.put(kata.id(), c);
                    if (clash != null) {
                        throw new IllegalStateException("kata id " + kata.id() + " is used by both "
                                + clash.getName() + " and " + c.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + testClasses, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load a compiled test class: " + e.getMessage(), e);
        }
        Map<String, Class<?>> inPathOrder = new LinkedHashMap<>();
        katas.entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> e.getValue().getAnnotation(Kata.class).order()))
                .forEach(e -> inPathOrder.put(e.getKey(), e.getValue()));
        return inPathOrder;
    }
}
