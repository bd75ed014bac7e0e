package dev.niche.katas.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a module's report lives: {@code target/kata-report/progress.json}, and one file per kata under
 * {@code katas/} written by the test JVM that ran it (each kata runs in a JVM of its own under Maven).
 */
public final class ReportFiles {
    public static final String DIR_PROPERTY = "kata.report.dir";
    private final Path dir;

    public ReportFiles(Path dir) {
        this.dir = dir;
    }

    /** From {@code -Dkata.report.dir}, else {@code target/kata-report} under the working directory. */
    public static ReportFiles fromSystemProperties() {
        return new ReportFiles(Paths.get(System.getProperty(DIR_PROPERTY, "target/kata-report")));
    }

    public Path progressJson() {
        return dir.resolve("progress.json");
    }

    public void writeKata(KataResult result) {
        Progress.writeText(dir.resolve("katas").resolve(result.info().slug() + ".json"),
                Json.write(result.toJson()));
    }

    public List<KataResult> readKatas() {
        Path katas = dir.resolve("katas");
        List<KataResult> results = new ArrayList<>();
        if (!Files.isDirectory(katas)) {
            return results;
        }
        try (Stream<Path> files = Files.list(katas)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                results.add(KataResult.fromJson((Map<?, ?>) Json.parse(Progress.readText(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + katas, e);
        }
        return results;
    }
}
