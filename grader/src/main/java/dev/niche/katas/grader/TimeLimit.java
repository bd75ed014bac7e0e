package dev.niche.katas.grader;

import java.time.Duration;

/**
 * Time limits of checks, so that an endless loop in learner code fails one check instead of hanging the run.
 * Jupiter tests get Jupiter's limit on a separate thread (junit-platform.properties in this jar); jqwik
 * properties get {@link dev.niche.katas.grader.jqwik.GraderPropertyHook}'s. A body that ignores interruption
 * keeps its thread busy until its JVM ends, which is why every kata runs in a JVM of its own.
 */
public final class TimeLimit {
    /** Multiplies the properties' time limits, for slow machines: {@code -Dkata.timeout.scale=2}. */
    public static final String SCALE_PROPERTY = "kata.timeout.scale";

    private TimeLimit() {
    }

    /** {@code limit} scaled by {@code -Dkata.timeout.scale} (default 1). */
    public static Duration scaled(Duration limit) {
        String value = System.getProperty(SCALE_PROPERTY, "1");
        double scale;
        try {
            scale = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            scale = -1;
        }
        if (!(scale > 0)) {
            throw new IllegalArgumentException("-D" + SCALE_PROPERTY + "=" + value + " is not a positive number");
        }
        return Duration.ofMillis((long) (limit.toMillis() * scale));
    }

    /** A check that ran out of time; one line, no stack trace. */
    public static final class TimedOut extends AssertionError {
        private static final long serialVersionUID = 1L;

        public TimedOut(String what, Duration limit) {
            this("timed out after " + limit.toSeconds() + " s in " + what);
        }

        /** {@code reason} says what ran out of time; the advice is added here. */
        public TimedOut(String reason) {
            super(reason + ": look for a loop that never ends, or an algorithm far slower than required");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
