package dev.niche.katas.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything one run learned about one kata: its checks in the order they ran, and its measurements. */
public record KataResult(KataInfo info, List<CheckResult> checks, List<ComplexityRecord> complexity) {

    /**
     * Not started when no check got past a stub; passed when every check passed; failed otherwise, which
     * includes a kata with some checks passing and others still hitting a TODO.
     */
    public Status status() {
        if (checks.isEmpty()) {
            return Status.FAILED;
        }
        if (checks.stream().allMatch(c -> c.status() == Status.PASSED)) {
            return Status.PASSED;
        }
        if (checks.stream().allMatch(c -> c.status() == Status.NOT_STARTED)) {
            return Status.NOT_STARTED;
        }
        return Status.FAILED;
    }

    /** The first real failure, else the first not-started check: what the learner should look at next. */
    public Optional<CheckResult> firstReason() {
        return checks.stream().filter(c -> c.status() == Status.FAILED).findFirst()
                .or(() -> checks.stream().filter(c -> c.status() == Status.NOT_STARTED).findFirst());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>(info.toJson());
        json.put("status", status().jsonName());
        json.put("checks", checks.stream().map(CheckResult::toJson).toList());
        json.put("complexity", complexity.stream().map(ComplexityRecord::toJson).toList());
        return json;
    }

    static KataResult fromJson(Map<?, ?> json) {
        List<CheckResult> checks = new ArrayList<>();
        for (Object c : (List<?>) json.get("checks")) {
            checks.add(CheckResult.fromJson((Map<?, ?>) c));
        }
        List<ComplexityRecord> complexity = new ArrayList<>();
        for (Object c : (List<?>) json.get("complexity")) {
            complexity.add(ComplexityRecord.fromJson((Map<?, ?>) c));
        }
        return new KataResult(KataInfo.fromJson(json), checks, complexity);
    }
}
