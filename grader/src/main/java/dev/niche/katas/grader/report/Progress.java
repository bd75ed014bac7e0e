package dev.niche.katas.grader.report;

import dev.niche.katas.grader.Mode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One run of one stage module: the content of progress.json and of the board. */
public record Progress(String module, String stage, Mode mode, List<KataResult> katas) {
    public static final int SCHEMA = 1;

    public Progress {
        katas = katas.stream().sorted(Comparator.comparingInt((KataResult k) -> k.info().order())
                .thenComparing(k -> k.info().id())).toList();
    }

    public long count(Status status) {
        return katas.stream().filter(k -> k.status() == status).count();
    }

    /** The first kata on the path that is not done yet. */
    public Optional<KataResult> next() {
        return katas.stream().filter(k -> k.status() != Status.PASSED).findFirst();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schema", SCHEMA);
        json.put("module", module);
        json.put("stage", stage);
        json.put("mode", mode.jsonName());
        json.put("katas", katas.stream().map(KataResult::toJson).toList());
        return json;
    }

    public void write(Path file) {
        writeText(file, Json.write(toJson()));
    }

    public static Progress read(Path file) {
        Map<?, ?> json = (Map<?, ?>) Json.parse(readText(file));
        List<KataResult> katas = new ArrayList<>();
        for (Object k : (List<?>) json.get("katas")) {
            katas.add(KataResult.fromJson((Map<?, ?>) k));
        }
        return new Progress((String) json.get("module"), (String) json.get("stage"),
                Mode.valueOf(((String) json.get("mode")).toUpperCase(java.util.Locale.ROOT)), katas);
    }

    static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
