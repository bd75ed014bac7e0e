package dev.niche.katas.grader.complexity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The in-process timing harness behind the default run's timing checks, built for small, noisy machines:
 * <ol>
 *   <li>sizes are prepared in increasing order, and growth stops before the first size where one call is
 *       expected to take longer than {@link #SLOW_CALL_NANOS}, or building the input longer than
 *       {@link #SLOW_PREPARE_NANOS}, so a quadratic or exponential submission fails fast;</li>
 *   <li>each size gets a repetition count that makes one sample last about {@link #SAMPLE_NANOS};</li>
 *   <li>every size is warmed up before any is measured (the first size measured cold ran 10-25x slow);</li>
 *   <li>then {@link #ROUNDS} rounds visit the sizes in a shuffled order, and the minimum per size is kept:
 *       noise only ever adds time, so the minimum is the best estimate of the work.</li>
 * </ol>
 */
public final class TimingHarness {
    static final long SLOW_CALL_NANOS = 150_000_000L;
    static final long SLOW_PREPARE_NANOS = 1_500_000_000L;
    /**
     * Below this many sizes, a prediction must be {@link #EARLY_STOP_MARGIN} times over the limit to stop the
     * growth: the first sizes are timed while the JIT compiler is still busy (and starved for CPU on a loaded
     * machine), and a slope from two or three points is too fragile to judge.
     */
    static final int MIN_SIZES = 4;
    static final double EARLY_STOP_MARGIN = 20;
    /** The smallest size runs this long before any timing, so the first points are not measured cold. */
    static final long WARM_NANOS = 150_000_000L;
    /** Sizes stop being added once preparing and probing them has taken this long, whatever the prediction. */
    static final long GROWTH_BUDGET_NANOS = 5_000_000_000L;
    static final long SAMPLE_NANOS = 3_000_000L;
    static final int WARM_UP_ROUNDS = 3;
    static final int ROUNDS = 9;

    private static volatile Object sink;

    private TimingHarness() {
    }

    /** Nanoseconds per call of {@code workload.run}, one point per size that was reached. */
    public static <S> List<Point> measure(Workload<S> workload, int[] sizes, long seed) {
        Map<Integer, S> states = new LinkedHashMap<>();
        Map<Integer, Integer> reps = new LinkedHashMap<>();
        long growthStart = System.nanoTime();
        long lastPrepare = 0;
        long lastCall = 0;
        double lastFactor = 0;
        for (int i = 0; i < sizes.length; i++) {
            int n = sizes[i];
            long prepareStart = System.nanoTime();
            S state = workload.prepare(n);
            long prepare = System.nanoTime() - prepareStart;
            if (i == 0) {
                warm(workload, state);
            }
            long single = Long.MAX_VALUE;
            for (int k = 0; k < 3; k++) {
                single = Math.min(single, timeOnce(workload, state, 1));
            }
            states.put(n, state);
            reps.put(n, calibrate(workload, state, single));
            double fromPrevious = i == 0 ? 1 : n / (double) sizes[i - 1];
            double factor = i == 0 ? 0 : perDoubling(lastCall, single, fromPrevious);
            if (i + 1 < sizes.length) {
                double step = sizes[i + 1] / (double) n;
                double slow = i + 1 < MIN_SIZES ? SLOW_CALL_NANOS * EARLY_STOP_MARGIN : SLOW_CALL_NANOS;
                if (predictNext(single, factor, lastFactor, step) > slow
                        || predictNext(prepare, perDoubling(lastPrepare, prepare, fromPrevious), 0, step)
                                > SLOW_PREPARE_NANOS
                        || System.nanoTime() - growthStart > GROWTH_BUDGET_NANOS) {
                    break;
                }
            }
            lastPrepare = prepare;
            lastCall = single;
            lastFactor = factor;
        }
        List<Integer> order = new ArrayList<>(states.keySet());
        Map<Integer, Double> best = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int n : order) {
                timeOnce(workload, states.get(n), reps.get(n));
            }
        }
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            java.util.Collections.shuffle(order, random);
            for (int n : order) {
                int r = reps.get(n);
                double perCall = timeOnce(workload, states.get(n), r) / (double) r;
                best.merge(n, perCall, Math::min);
            }
        }
        List<Point> points = new ArrayList<>();
        for (int n : states.keySet()) {
            points.add(new Point(n, best.get(n)));
        }
        return points;
    }

    private static <S> void warm(Workload<S> workload, S state) {
        long start = System.nanoTime();
        do {
            sink = workload.run(state);
        } while (System.nanoTime() - start < WARM_NANOS);
    }

    /** Repetitions that make one sample last about {@link #SAMPLE_NANOS}, found by doubling. */
    private static <S> int calibrate(Workload<S> workload, S state, long singleCall) {
        if (singleCall >= SAMPLE_NANOS) {
            return 1;
        }
        int repetitions = 1;
        long elapsed = singleCall;
        while (elapsed < SAMPLE_NANOS / 2 && repetitions < (1 << 22)) {
            repetitions *= 2;
            elapsed = timeOnce(workload, state, repetitions);
        }
        return (int) Math.max(1, Math.min(1 << 23, repetitions * (double) SAMPLE_NANOS / Math.max(1, elapsed)));
    }

    /**
     * How much the time grew per doubling of n over the last step (at least 2: never assume less than linear),
     * or 2 when there is no earlier size.
     */
    static double perDoubling(long previous, long current, double sizeStep) {
        if (previous <= 0 || sizeStep <= 1) {
            return 2.0;
        }
        return Math.max(2.0, Math.pow(current / (double) previous, 1 / (Math.log(sizeStep) / Math.log(2))));
    }

    /**
     * The time the next size will take, extrapolated from the growth per doubling. When that growth is itself
     * accelerating (exponential code: each step multiplies by more than the last), the acceleration is assumed
     * to continue. Stopping before a slow size, not after it, keeps a quadratic or exponential submission from
     * stalling the run.
     */
    static double predictNext(long current, double factor, double previousFactor, double sizeStep) {
        double perDoubling = Math.max(2.0, factor);
        if (previousFactor > 0 && factor > previousFactor) {
            perDoubling *= factor / previousFactor;
        }
        return current * Math.pow(perDoubling, Math.log(sizeStep) / Math.log(2));
    }

    private static <S> long timeOnce(Workload<S> workload, S state, int repetitions) {
        Object last = null;
        long start = System.nanoTime();
        for (int i = 0; i < repetitions; i++) {
            last = workload.run(state);
        }
        long elapsed = System.nanoTime() - start;
        sink = last;
        return elapsed;
    }
}
