package dev.niche.katas.grader.junit;

import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.TimeLimit;
import dev.niche.katas.grader.concurrency.Linearizability;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Installed by {@code @Kata} on Jupiter tests. A stub's TODO exception becomes a one-line not-started failure,
 * and Jupiter's time-out becomes a message a learner can act on. Real failures pass through unchanged.
 * The time limit itself is Jupiter's ({@code junit-platform.properties} in this jar sets the default and runs
 * each test on a separate thread, so a busy loop cannot hold the run).
 *
 * <p>A test class with Lincheck operations (a nested class with {@code @Operation} methods) gets Lincheck warmed up
 * before its first test: attaching Lincheck's agent and instrumenting the JDK takes seconds, more on a loaded
 * machine, and should count against no check's time limit.
 */
public final class GraderExtension implements BeforeAllCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
    private static final String LINCHECK_OPERATION = "org.jetbrains.lincheck.datastructures.Operation";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getTestClass().filter(GraderExtension::usesLincheck).ifPresent(c -> Linearizability.warmUp());
    }

    private static boolean usesLincheck(Class<?> testClass) {
        return Arrays.stream(testClass.getDeclaredClasses())
                .flatMap(nested -> Arrays.stream(nested.getDeclaredMethods()))
                .map(Method::getDeclaredAnnotations).flatMap(Arrays::stream)
                .anyMatch(a -> a.annotationType().getName().equals(LINCHECK_OPERATION));
    }

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
