package dev.niche.katas.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One complexity measurement, as progress.json shows it: the operation, the required and measured classes, the
 * source of the figures (timing, count, allocation or jmh) and the points {@code [n, value]} that were fitted.
 */
public record ComplexityRecord(String operation, String required, String measured, String source,
                               List<double[]> points) {

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("operation", operation);
        json.put("required", required);
        json.put("measured", measured);
        json.put("source", source);
        List<Object> pairs = new ArrayList<>();
        for (double[] p : points) {
            pairs.add(List.of(p[0], Math.round(p[1] * 1000) / 1000.0));
        }
        json.put("points", pairs);
        return json;
    }

    static ComplexityRecord fromJson(Map<?, ?> json) {
        List<double[]> points = new ArrayList<>();
        for (Object pair : (List<?>) json.get("points")) {
            List<?> p = (List<?>) pair;
            points.add(new double[] {((Number) p.get(0)).doubleValue(), ((Number) p.get(1)).doubleValue()});
        }
        return new ComplexityRecord((String) json.get("operation"), (String) json.get("required"),
                (String) json.get("measured"), (String) json.get("source"), points);
    }
}
