package dev.niche.katas.grader.report;

import java.util.Locale;

/** The outcome of a check or a kata. */
public enum Status {
    PASSED, FAILED, NOT_STARTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Status fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
