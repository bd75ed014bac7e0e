package dev.niche.concurrency.falsesharing;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * JMH benchmark behind {@code FalseSharingTest#falseSharingBenchmark}: two threads, each adding 1 to a stripe
 * of its own, first on your counter, then on two neighbouring slots of an {@link AtomicLongArray} (the same
 * atomic add, with both counts in one cache line). Only the difference between the two is of interest.
 */
@State(Scope.Benchmark)
public class StripedCounterBenchmark {
    private static final int THREADS = 2;

    private final StripedCounter yours = new StripedCounter(THREADS);
    private final AtomicLongArray adjacent = new AtomicLongArray(THREADS);

    /** The stripe of one benchmark thread: its index among the benchmark's threads. */
    @State(Scope.Thread)
    public static class Stripe {
        int index;

        @Setup
        public void take(ThreadParams thread) {
            index = thread.getThreadIndex() % THREADS;
        }
    }

    @Benchmark
    public void yourCounter(Stripe stripe) {
        yours.add(stripe.index, 1);
    }

    @Benchmark
    public void adjacentCounts(Stripe stripe) {
        adjacent.getAndAdd(stripe.index, 1);
    }

    /** Runs both benchmarks on 2 threads in a forked JVM; the mean ns per add of each, by method name. */
    static Map<String, Double> run() {
        OptionsBuilder options = new OptionsBuilder();
        options.include(StripedCounterBenchmark.class.getName() + "\\.")
                .threads(THREADS)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.milliseconds(200))
                .measurementIterations(5)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT);
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH could not run " + StripedCounterBenchmark.class.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
        Map<String, Double> nanosPerAdd = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            nanosPerAdd.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        return nanosPerAdd;
    }
}
