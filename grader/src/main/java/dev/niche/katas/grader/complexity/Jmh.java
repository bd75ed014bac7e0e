package dev.niche.katas.grader.complexity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs one JMH benchmark method for several sizes through the JMH runner API, one forked JVM per size, and
 * returns the best (minimum) iteration score per size in ns per call. The benchmark class takes the size as
 * {@code @Param("...") int n}. Iterations are short and few, tuned for ratios on a 2-core machine, not for
 * absolute numbers.
 */
public final class Jmh {
    private Jmh() {
    }

    public static List<Point> measure(Class<?> benchmark, String method, int[] sizes) {
        Options options = new OptionsBuilder()
                .include(java.util.regex.Pattern.quote(benchmark.getName() + "." + method) + "$")
                .param("n", Arrays.stream(sizes).mapToObj(Integer::toString).toArray(String[]::new))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.milliseconds(150))
                .measurementIterations(5)
                .measurementTime(TimeValue.milliseconds(150))
                .jvmArgsAppend("-XX:+UseSerialGC")
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH could not run " + benchmark.getSimpleName() + "." + method
                    + ": " + e.getMessage(), e);
        }
        List<Point> points = new ArrayList<>();
        for (RunResult r : results) {
            int n = Integer.parseInt(r.getParams().getParam("n"));
            points.add(new Point(n, r.getPrimaryResult().getStatistics().getMin()));
        }
        if (points.size() != sizes.length) {
            throw new IllegalStateException("JMH ran " + points.size() + " of " + sizes.length + " sizes of "
                    + benchmark.getSimpleName() + "." + method + "; is n a @Param of that class?");
        }
        points.sort((a, b) -> Integer.compare(a.n(), b.n()));
        return points;
    }
}
