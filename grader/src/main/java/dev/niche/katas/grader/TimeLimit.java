package dev.niche.katas.grader;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a check body with a time limit, so that an endless loop in learner code fails one check instead of
 * hanging the run. The body runs on its own daemon thread; a body that ignores interruption keeps that thread
 * busy until its JVM ends, which is why every kata runs in a JVM of its own.
 */
public final class TimeLimit {
    /** The system property that overrides every default limit, in seconds (for slow machines). */
    public static final String SCALE_PROPERTY = "kata.timeout.scale";

    private TimeLimit() {
    }

    /** {@code limit} scaled by {@code -Dkata.timeout.scale} (default 1). */
    public static Duration scaled(Duration limit) {
        double scale = Double.parseDouble(System.getProperty(SCALE_PROPERTY, "1"));
        return Duration.ofMillis((long) (limit.toMillis() * scale));
    }

    public static <T> T run(String what, Duration limit, Callable<T> body) throws Throwable {
        FutureTask<T> task = new FutureTask<>(body);
        Thread worker = new Thread(task, "kata-check: " + what);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            throw new TimedOut(what, limit);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
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
