package dev.niche.katas.grader.report;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A kata's metadata, read from its {@link Kata} annotation, plus where its statement is. */
public record KataInfo(String id, String title, int order, List<String> checkpoints,
                       List<CheckKind> naiveViolates, boolean refactoring, String statement) {

    public static KataInfo of(Class<?> testClass) {
        Kata kata = testClass.getAnnotation(Kata.class);
        if (kata == null) {
            throw new IllegalArgumentException(testClass.getName() + " has no @Kata annotation");
        }
        String statement = kata.statement().isEmpty()
                ? "src/main/java/" + testClass.getPackageName().replace('.', '/') + "/"
                : kata.statement();
        return new KataInfo(kata.id(), kata.title(), kata.order(), List.of(kata.checkpoints()),
                List.of(kata.naiveViolates()), kata.refactoring(), statement);
    }

    /** The part of the id after the stage slug, e.g. {@code hash-map}. */
    public String slug() {
        return id.substring(id.indexOf('/') + 1);
    }

    /** The stage slug, e.g. {@code foundations}. */
    public String stage() {
        int slash = id.indexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("title", title);
        json.put("order", order);
        json.put("checkpoints", checkpoints);
        json.put("naiveViolates", naiveViolates.stream().map(CheckKind::jsonName).toList());
        json.put("refactoring", refactoring);
        json.put("statement", statement);
        return json;
    }

    static KataInfo fromJson(Map<?, ?> json) {
        List<CheckKind> kinds = new ArrayList<>();
        for (Object k : (List<?>) json.get("naiveViolates")) {
            kinds.add(CheckKind.valueOf(((String) k).toUpperCase(Locale.ROOT)));
        }
        List<String> checkpoints = new ArrayList<>();
        for (Object c : (List<?>) json.get("checkpoints")) {
            checkpoints.add((String) c);
        }
        return new KataInfo((String) json.get("id"), (String) json.get("title"),
                ((Number) json.get("order")).intValue(), checkpoints, kinds,
                Boolean.TRUE.equals(json.get("refactoring")), (String) json.get("statement"));
    }

    @Override
    public String toString() {
        return id + " " + Arrays.toString(checkpoints.toArray());
    }
}
