package dev.niche.katas.grader.complexity;

import dev.niche.katas.grader.report.ComplexityRecord;
import dev.niche.katas.grader.report.Recorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToLongFunction;

/**
 * Complexity checks, three sources and one fitter:
 *
 * <pre>{@code
 * assertComplexity(Complexity.counting("heapify comparisons", n -> comparisonsToHeapify(n))
 *         .sizes(Complexity.powersOfTwo(8, 16)))
 *     .isAtMost(Growth.LINEAR);
 * assertComplexity(Complexity.timing("get", workload).sizes(Complexity.powersOfTwo(10, 17)))
 *     .isAtMost(Growth.LOGARITHMIC);
 * }</pre>
 *
 * Timing and JMH separate only what timing separates reliably (sublinear, linear, quadratic, cubic,
 * exponential; see {@link TimingBand}); a timed check that fails is measured once more before it is reported.
 * Counts and allocation are exact and fitted against each class, so they also separate the log factors.
 * Every measurement is recorded for progress.json.
 */
public final class Complexity {
    private final String operation;
    private final Source source;
    private final java.util.function.Function<int[], List<Point>> meter;
    private final double floor;
    private int[] sizes = powersOfTwo(10, 16);

    private Complexity(String operation, Source source, java.util.function.Function<int[], List<Point>> meter,
                       double floor) {
        if (operation == null || operation.isBlank()) {
            throw new IllegalArgumentException("a complexity check needs the name of the operation it measures");
        }
        this.operation = operation;
        this.source = source;
        this.meter = meter;
        this.floor = floor;
    }

    /** Times {@code workload.run} with the {@link TimingHarness}. */
    public static <S> Complexity timing(String operation, Workload<S> workload) {
        long seed = operation.hashCode();
        return new Complexity(operation, Source.TIMING, sizes -> TimingHarness.measure(workload, sizes, seed), 0);
    }

    /** Counts operations: {@code countAt} runs the operation on an input of size n and returns its count. */
    public static Complexity counting(String operation, IntToLongFunction countAt) {
        return new Complexity(operation, Source.COUNT, sizes -> {
            List<Point> points = new ArrayList<>();
            for (int n : sizes) {
                points.add(new Point(n, countAt.applyAsLong(n)));
            }
            return points;
        }, 1);
    }

    /** Bytes allocated by one call of {@code workload.run}; up to 256 bytes count as bookkeeping. */
    public static <S> Complexity allocation(String operation, Workload<S> workload) {
        return new Complexity(operation, Source.ALLOCATION, sizes -> AllocationMeter.measure(workload, sizes), 256);
    }

    /**
     * Stack depth of one call, in padding frames ({@link StackMeter}), at three or more sizes. The class is
     * read from how the depth rises with n; a rise of up to 8 frames counts as constant (the JVM's slow paths
     * and recompilation move a constant-depth call by a few frames).
     */
    public static Complexity stackDepth(String operation, java.util.function.IntConsumer call) {
        return new Complexity(operation, Source.STACK, sizes -> StackMeter.measure(call, sizes), 8);
    }

    /** A JMH benchmark method parameterized by {@code @Param int n}, run forked (for {@code -Pbench}). */
    public static Complexity jmh(String operation, Class<?> benchmark, String method) {
        return new Complexity(operation, Source.JMH, sizes -> Jmh.measure(benchmark, method, sizes), 0);
    }

    /** 2^from, 2^(from+1), ..., 2^to. */
    public static int[] powersOfTwo(int from, int to) {
        if (from < 0 || to > 30 || from >= to) {
            throw new IllegalArgumentException("powersOfTwo(" + from + ", " + to + "): need 0 <= from < to <= 30");
        }
        int[] sizes = new int[to - from + 1];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = 1 << (from + i);
        }
        return sizes;
    }

    /** The sizes to measure, increasing; at least two. */
    public Complexity sizes(int... ns) {
        if (ns.length < 2) {
            throw new IllegalArgumentException("a complexity check needs two or more sizes, got "
                    + Arrays.toString(ns));
        }
        for (int i = 1; i < ns.length; i++) {
            if (ns[i] <= ns[i - 1] || ns[i - 1] < 1) {
                throw new IllegalArgumentException("sizes must be positive and increasing, got "
                        + Arrays.toString(ns));
            }
        }
        this.sizes = ns.clone();
        return this;
    }

    /** Starts the assertion; nothing is measured until {@link Verdicts#isAtMost} or {@link Verdicts#is}. */
    public static Verdicts assertComplexity(Complexity check) {
        return new Verdicts(check);
    }

    /** The two verdicts a complexity check can demand. */
    public static final class Verdicts {
        private final Complexity check;

        private Verdicts(Complexity check) {
            this.check = check;
        }

        /** No worse than {@code required}, at the resolution of the source. */
        public void isAtMost(Growth required) {
            check.verify(required, true);
        }

        /** Exactly {@code required}, at the resolution of the source (the band, for timing). */
        public void is(Growth required) {
            check.verify(required, false);
        }
    }

    private void verify(Growth required, boolean atMost) {
        List<Point> points = meter.apply(sizes);
        Outcome outcome = judge(points, required, atMost);
        if (!outcome.passed && source.isTimed()) {
            points = meter.apply(sizes);
            outcome = judge(points, required, atMost);
        }
        List<double[]> pairs = points.stream().map(p -> new double[] {p.n(), p.value()}).toList();
        Recorder.record(new ComplexityRecord(operation, required.bigO(), outcome.measured, source.jsonName(),
                pairs));
        if (!outcome.passed) {
            throw new ComplexityFailure(failureMessage(required, atMost, outcome, points));
        }
    }

    private record Outcome(boolean passed, String measured, String why) {
    }

    private Outcome judge(List<Point> points, Growth required, boolean atMost) {
        if (points.size() < 2) {
            Point only = points.get(0);
            return new Outcome(false, "too slow to measure",
                    String.format(Locale.ROOT, "one call at n=%d already took %.0f ms, so growth stopped there",
                            only.n(), only.value() / 1e6));
        }
        if (source.isTimed()) {
            double slope = Fitter.slope(points);
            TimingBand measured = TimingBand.ofSlope(slope);
            TimingBand wanted = TimingBand.of(required);
            boolean passed = atMost ? slope < wanted.upperSlope() : measured == wanted;
            return new Outcome(passed, String.format(Locale.ROOT, "~n^%.2f, %s", slope, measured.label()),
                    "timing tells " + wanted.label() + " from the other bands; log factors are checked by counting");
        }
        Growth measured = source == Source.STACK ? Fitter.exactIgnoringOffset(points, floor)
                : Fitter.exact(points, floor);
        boolean passed = atMost ? measured.ordinal() <= required.ordinal() : measured == required;
        return new Outcome(passed, measured.bigO(), "");
    }

    private String failureMessage(Growth required, boolean atMost, Outcome outcome, List<Point> points) {
        StringBuilder text = new StringBuilder();
        text.append(operation).append(": required ").append(atMost ? "no worse than " : "exactly ")
                .append(required.bigO()).append(", measured ").append(outcome.measured).append(" by ")
                .append(source.jsonName()).append(" [");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            text.append(i == 0 ? "" : ", ").append("n=").append(p.n()).append(": ").append(format(p.value()));
        }
        text.append(' ').append(source.unit()).append(']');
        if (!outcome.why.isEmpty()) {
            text.append(". Note: ").append(outcome.why);
        }
        return text.toString();
    }

    private static String format(double value) {
        return value >= 100 || value == Math.rint(value)
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** A complexity check that failed; its message carries the n/value table. */
    public static final class ComplexityFailure extends AssertionError {
        private static final long serialVersionUID = 1L;

        ComplexityFailure(String message) {
            super(message);
        }
    }
}
