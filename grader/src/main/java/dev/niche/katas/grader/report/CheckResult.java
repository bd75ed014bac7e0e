package dev.niche.katas.grader.report;

import dev.niche.katas.grader.CheckKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One check (one test or property) of a kata, as it ended. {@code message} is one line, null when it passed;
 * {@code details} is the whole report when the failure has several lines (an interleaving, the threads'
 * stacks), else null. The board shows the details of the next kata's first failure.
 */
public record CheckResult(String name, CheckKind kind, Status status, String message, String details) {

    public CheckResult(String name, CheckKind kind, Status status, String message) {
        this(name, kind, status, message, null);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("kind", kind.jsonName());
        json.put("status", status.jsonName());
        json.put("message", message);
        json.put("details", details);
        return json;
    }

    static CheckResult fromJson(Map<?, ?> json) {
        return new CheckResult((String) json.get("name"),
                CheckKind.valueOf(((String) json.get("kind")).toUpperCase(Locale.ROOT)),
                Status.fromJson((String) json.get("status")), (String) json.get("message"),
                (String) json.get("details"));
    }
}
