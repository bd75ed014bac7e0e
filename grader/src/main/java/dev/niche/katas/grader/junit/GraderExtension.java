package dev.niche.katas.grader.junit;

import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.TimeLimit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Installed by {@code @Kata} on Jupiter tests. A stub's TODO exception becomes a one-line not-started failure,
 * and Jupiter's time-out becomes a message a learner can act on. Real failures pass through unchanged.
 * The time limit itself is Jupiter's ({@code junit-platform.properties} in this jar sets the default and runs
 * each test on a separate thread, so a busy loop cannot hold the run).
 */
public final class GraderExtension implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw translate(context, failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw translate(context, failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        throw translate(context, failure);
    }

    private static Throwable translate(ExtensionContext context, Throwable failure) {
        if (failure instanceof TimeoutException) {
            return new TimeLimit.TimedOut(failure.getMessage());
        }
        return NotStarted.quieten(failure);
    }
}
