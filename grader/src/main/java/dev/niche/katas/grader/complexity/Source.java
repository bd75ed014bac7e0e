package dev.niche.katas.grader.complexity;

import java.util.Locale;

/** Where complexity figures come from. Timing and JMH are fitted by slope; the others exactly. */
public enum Source {
    TIMING("ns per call"), COUNT("operations"), ALLOCATION("bytes allocated per call"),
    STACK("stack frames used"), JMH("ns per call (JMH)");

    private final String unit;

    Source(String unit) {
        this.unit = unit;
    }

    public String unit() {
        return unit;
    }

    public boolean isTimed() {
        return this == TIMING || this == JMH;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
