package dev.niche.katas.grader;

import java.util.Locale;

/** Which code is under test: the learner's (stub), the reference overlay (solution) or the naive overlay. */
public enum Mode {
    STUB, SOLUTION, NAIVE;

    /** The system property that Maven sets from the active profile. */
    public static final String PROPERTY = "kata.mode";

    /** The mode of this run; stub when nothing says otherwise (an IDE run of the learner's code). */
    public static Mode current() {
        String value = System.getProperty(PROPERTY, "stub").trim();
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "-D" + PROPERTY + "=" + value + " is not a mode; use stub, solution or naive", e);
        }
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
