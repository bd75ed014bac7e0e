package dev.niche.katas.grader.concurrency;

import java.util.Objects;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Options;
import org.jetbrains.lincheck.datastructures.StressOptions;

/**
 * A linearizability check with Lincheck, sized for a small machine and reported for a learner.
 *
 * <p>{@code operations} is a public class with a public no-argument constructor that creates the learner's
 * object and exposes its methods as {@code @Operation}s. Lincheck generates small concurrent scenarios from
 * them and compares every result with a one-at-a-time run of the same object (or of {@link #sequentialModel}).
 * Model checking explores thread switches at shared-memory accesses deterministically and finds races in a
 * few thousand runs; stress runs the scenarios on real threads. Model checking assumes sequential consistency,
 * so a missing {@code volatile} is not found this way (stage 4 teaches it with litmus tests).
 *
 * <pre>{@code
 * Linearizability.of(CounterOperations.class)
 *         .startedBy(() -> new HitCounter().hit())
 *         .modelCheck();
 * }</pre>
 */
public final class Linearizability {
    private final Class<?> operations;
    private Runnable startedBy;
    private Class<?> sequentialModel;
    private int threads = 2;
    private int actorsPerThread = 3;
    private int actorsBefore = 1;
    private int actorsAfter = 1;
    private int iterations = 20;
    private int invocations = 400;
    private boolean obstructionFree;
    private static boolean warm;

    private Linearizability(Class<?> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    /** A check of the {@code @Operation} methods of {@code operations}. */
    public static Linearizability of(Class<?> operations) {
        return new Linearizability(operations);
    }

    /**
     * A short single-threaded use of the learner's code, run before Lincheck. On a stub it throws the TODO
     * exception, so the check reports "not started" instead of a report about exceptions. Required: Lincheck
     * compares the object with itself run sequentially, and a stub that always throws agrees with itself.
     */
    public Linearizability startedBy(Runnable smoke) {
        this.startedBy = Objects.requireNonNull(smoke, "smoke");
        return this;
    }

    /** A sequential model (same {@code @Operation} signatures) to compare with, instead of the object itself. */
    public Linearizability sequentialModel(Class<?> model) {
        this.sequentialModel = Objects.requireNonNull(model, "model");
        return this;
    }

    /** Threads in each scenario (default 2). */
    public Linearizability threads(int count) {
        this.threads = positive(count, "threads");
        return this;
    }

    /** Operations per thread (default 3), plus one before and one after the parallel part. */
    public Linearizability actorsPerThread(int count) {
        this.actorsPerThread = positive(count, "actorsPerThread");
        return this;
    }

    /** Operations run before the parallel part, to reach a non-empty state (default 1). */
    public Linearizability actorsBefore(int count) {
        this.actorsBefore = count;
        return this;
    }

    /** Operations run after the parallel part, to read the state it left (default 1). */
    public Linearizability actorsAfter(int count) {
        this.actorsAfter = count;
        return this;
    }

    /** Scenarios generated (default 20). */
    public Linearizability iterations(int count) {
        this.iterations = positive(count, "iterations");
        return this;
    }

    /** Runs (interleavings in model checking) per scenario (default 400). */
    public Linearizability invocationsPerIteration(int count) {
        this.invocations = positive(count, "invocationsPerIteration");
        return this;
    }

    /**
     * Also require lock freedom (model checking only): an operation that waits on a lock or spins until
     * another thread moves fails. For the lock-free katas.
     */
    public Linearizability lockFree() {
        this.obstructionFree = true;
        return this;
    }

    /** Explores interleavings deterministically; finds races that need a thread switch at one exact access. */
    public void modelCheck() {
        ModelCheckingOptions options = new ModelCheckingOptions();
        if (obstructionFree) {
            options.checkObstructionFreedom(true);
        }
        run(options);
    }

    /** Runs the scenarios on real threads; for blocking code and code that model checking cannot enter. */
    public void stress() {
        run(new StressOptions());
    }

    private void run(Options<?, ?> options) {
        if (startedBy == null) {
            throw new IllegalStateException("Linearizability.of(" + operations.getSimpleName()
                    + ") needs startedBy(...): without it a stub agrees with itself and passes");
        }
        startedBy.run();
        options.threads(threads).actorsPerThread(actorsPerThread).actorsBefore(actorsBefore)
                .actorsAfter(actorsAfter).iterations(iterations).invocationsPerIteration(invocations);
        if (sequentialModel != null) {
            options.sequentialSpecification(sequentialModel);
        }
        try {
            options.check(operations);
        } catch (LincheckAssertionError e) {
            throw new ConcurrencyFailure(LincheckReport.trim(e.getMessage()));
        }
    }

    /**
     * Runs one tiny model check, once per JVM, so Lincheck's start-up (attaching its agent, instrumenting the
     * JDK's classes) is paid before the checks and outside their time limits. The grader's JUnit extension calls
     * it before a test class that has Lincheck operations.
     */
    public static synchronized void warmUp() {
        if (!warm) {
            warm = true;
            new ModelCheckingOptions().threads(2).actorsPerThread(1).actorsBefore(0).actorsAfter(0).iterations(1)
                    .invocationsPerIteration(10).check(WarmUpOperations.class);
        }
    }

    /** The warm-up's object: one atomic counter. */
    public static final class WarmUpOperations {
        private final java.util.concurrent.atomic.AtomicInteger value = new java.util.concurrent.atomic.AtomicInteger();

        @org.jetbrains.lincheck.datastructures.Operation
        public int increment() {
            return value.incrementAndGet();
        }
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        return value;
    }
}
