package dev.niche.katas.grader.jqwik;

import dev.niche.katas.grader.NotStarted;
import dev.niche.katas.grader.PropertyTimeout;
import dev.niche.katas.grader.TimeLimit;
import dev.niche.katas.grader.report.Messages;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * Installed by {@code @Kata} on jqwik properties.
 * <ul>
 *   <li>Time limit: each property has a budget (30 s, or its {@link PropertyTimeout}). Each try runs
 *       on a worker thread and is abandoned when the budget runs out, so an endless loop ends the property
 *       with a time-out instead of hanging the run. jqwik itself stays on its own thread.</li>
 *   <li>A stub's TODO exception becomes one not-started line.</li>
 *   <li>A real failure is rewritten so that its message holds the shrunk input, the assertion's expected
 *       and actual, and the seed to replay it.</li>
 * </ul>
 */
public final class GraderPropertyHook implements AroundPropertyHook, AroundTryHook {
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    /** The running property's budget; properties run one at a time. */
    private static volatile Budget current;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Budget budget = new Budget(context.label(), TimeLimit.scaled(limitOf(context)));
        current = budget;
        PropertyExecutionResult result;
        try {
            result = property.execute();
        } finally {
            current = null;
            budget.worker.shutdownNow();
        }
        if (budget.timedOut != null) {
            return result.mapToFailed(budget.timedOut);
        }
        if (result.status() != PropertyExecutionResult.Status.FAILED) {
            return result;
        }
        Throwable failure = result.throwable().orElse(null);
        if (failure != null && NotStarted.isNotStarted(failure)) {
            return result.mapToFailed(NotStarted.quieten(failure));
        }
        boolean replayable = context.attributes().generation().orElse(GenerationMode.AUTO)
                != GenerationMode.EXHAUSTIVE;
        return result.mapToFailed(new PropertyFailure(describe(result, failure, replayable), failure));
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters)
            throws Throwable {
        Budget budget = current;
        if (budget == null) {
            return aTry.execute(parameters);
        }
        if (budget.timedOut != null) {
            return TryExecutionResult.falsified(budget.timedOut);
        }
        Future<TryExecutionResult> outcome = budget.worker.submit(() -> aTry.execute(parameters));
        try {
            return outcome.get(Math.max(1, budget.deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            budget.timedOut = new TimeLimit.TimedOut(budget.label, budget.limit);
            return TryExecutionResult.falsified(budget.timedOut);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private static Duration limitOf(PropertyLifecycleContext context) {
        return context.findAnnotation(PropertyTimeout.class)
                .map(t -> Duration.ofSeconds(t.seconds()))
                .orElse(DEFAULT_LIMIT);
    }

    /** @param replayable false for exhaustive generation, where a seed changes nothing */
    static String describe(PropertyExecutionResult result, Throwable failure, boolean replayable) {
        Optional<List<Object>> input = result.shrunkSample().map(FalsifiedSample::parameters)
                .or(() -> result.originalSample().map(FalsifiedSample::parameters));
        StringBuilder text = new StringBuilder();
        input.ifPresent(params -> text.append("input ").append(Messages.render(params)).append(": "));
        // a message of several lines (a schedule, a table) is kept whole: the board prints it as the failure in full
        String details = Messages.details(failure);
        text.append(failure == null ? "property falsified" : details != null ? details : Messages.of(failure));
        result.seed().filter(seed -> replayable).ifPresent(seed -> text.append(details != null ? "\n" : " ")
                .append("[seed ").append(seed).append("; replay with @Property(seed = \"").append(seed)
                .append("\")]"));
        return text.toString();
    }

    private static final class Budget {
        final String label;
        final Duration limit;
        final long deadline;
        final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kata-property-try");
            t.setDaemon(true);
            return t;
        });
        volatile TimeLimit.TimedOut timedOut;

        Budget(String label, Duration limit) {
            this.label = label;
            this.limit = limit;
            this.deadline = System.nanoTime() + limit.toNanos();
        }
    }

    /** A falsified property, its message already complete. Keeps the original failure as the cause. */
    static final class PropertyFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        PropertyFailure(String message, Throwable cause) {
            super(message, cause);
            setStackTrace(cause == null ? new StackTraceElement[0] : cause.getStackTrace());
        }
    }

    @Override
    public int aroundPropertyProximity() {
        // Outside jqwik's own hooks, so that the result we see is final.
        return -100;
    }

    @Override
    public int aroundTryProximity() {
        // Innermost: only the property method itself moves to the worker thread.
        return 100;
    }
}
