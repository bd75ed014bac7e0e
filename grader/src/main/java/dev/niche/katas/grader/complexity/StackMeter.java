package dev.niche.katas.grader.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * How deep a call's recursion goes, measured in the only way a JVM allows without an agent: by how much
 * room it leaves. A thread with a fixed stack first descends {@code k} levels of a padding recursion, then
 * makes the call; the largest k that does not overflow is found by binary search. The call's own stack use
 * at size n is that largest k for a trivial call minus the largest k for the call at n, in padding frames.
 *
 * <p>A frame's size changes when the JIT compiles or inlines its method, so both recursions are warmed up
 * until compiled, and each size is measured in three passes, keeping the median. A pass during which the
 * padding frames themselves changed size is discarded. Heap allocation is not seen here (see {@link AllocationMeter}); this sees only
 * the call stack, which is what recursion depth costs.
 */
public final class StackMeter {
    private static final long STACK_BYTES = 2L * 1024 * 1024;
    private static final int WARM_UP_CALLS = 3000;
    private static final int PASSES = 3;
    private static final int MAX_ATTEMPTS = 6;
    private static volatile long sink;

    private static boolean primed;

    private StackMeter() {
    }

    /**
     * Makes the call site in pad() megamorphic before anything is measured: the JIT then never inlines a
     * measured call into pad(), so a padding frame has one size whatever is measured on top of it.
     */
    private static synchronized void prime() {
        if (!primed) {
            IntConsumer[] shapes = {n -> sink += n, n -> sink -= n, n -> sink ^= n, n -> sink |= n};
            for (IntConsumer shape : shapes) {
                warmUp(shape, 1, WARM_UP_CALLS);
                onFixedStack(() -> {
                    for (int i = 0; i < 20; i++) {
                        sink += pad(20_000, shape, 1);
                    }
                });
            }
            primed = true;
        }
    }

    /**
     * Stack used by {@code call.accept(n)} at each size, in padding frames (never below 1). Prepare the
     * inputs outside {@code call}: an allocation inside it can take the JVM's slow path, which runs on the
     * same stack and adds a few frames now and then. An exception other than a stack overflow thrown by the
     * call (a stub's TODO, a bug) is rethrown here.
     */
    public static List<Point> measure(IntConsumer call, int[] sizes) {
        prime();
        IntConsumer nothing = n -> { };
        warmUp(call, sizes[0], WARM_UP_CALLS);
        for (int n : sizes) {
            warmUp(call, n, 20);
        }
        int[][] passes = new int[PASSES][];
        int accepted = 0;
        for (int attempt = 0; accepted < PASSES; attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("stack measurements did not settle in " + MAX_ATTEMPTS
                        + " attempts: the JIT kept changing frame sizes");
            }
            int before = deepestPad(nothing, 0);
            int[] used = new int[sizes.length];
            for (int i = 0; i < sizes.length; i++) {
                used[i] = before - deepestPad(call, sizes[i]);
            }
            int after = deepestPad(nothing, 0);
            if (Math.abs(after - before) > Math.max(4, before / 1000)) {
                continue; // padding frames changed size during the pass: its differences mean nothing
            }
            passes[accepted++] = used;
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            int[] atSize = new int[PASSES];
            for (int pass = 0; pass < PASSES; pass++) {
                atSize[pass] = passes[pass][i];
            }
            java.util.Arrays.sort(atSize);
            points.add(new Point(sizes[i], Math.max(1, atSize[PASSES / 2])));
        }
        return points;
    }

    /** Runs the call, padded, on one thread until the JIT has compiled both recursions. */
    private static void warmUp(IntConsumer call, int n, int calls) {
        onFixedStack(() -> {
            for (int i = 0; i < calls; i++) {
                sink += pad(100, call, n);
            }
        });
    }

    /** The largest padding depth under which {@code call.accept(n)} still completes. */
    private static int deepestPad(IntConsumer call, int n) {
        int lo = 0;
        int hi = 1 << 10;
        while (runPadded(call, n, hi)) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (runPadded(call, n, mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when {@code call.accept(n)} completed under {@code depth} padding frames, false on overflow. */
    private static boolean runPadded(IntConsumer call, int n, int depth) {
        AtomicBoolean completed = new AtomicBoolean();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        onFixedStack(() -> {
            try {
                sink += pad(depth, call, n);
                completed.set(true);
            } catch (StackOverflowError overflow) {
                completed.set(false);
            } catch (Throwable other) {
                thrown.set(other);
            }
        });
        Throwable other = thrown.get();
        if (other instanceof RuntimeException) {
            throw (RuntimeException) other;
        }
        if (other instanceof Error) {
            throw (Error) other;
        }
        if (other != null) {
            throw new IllegalStateException("the measured call threw " + other, other);
        }
        return completed.get();
    }

    /** Runs {@code body} to completion on a new thread whose stack is {@link #STACK_BYTES}. */
    private static void onFixedStack(Runnable body) {
        Thread thread = new Thread(null, body, "stack-meter", STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring stack depth", e);
        }
    }

    private static long pad(int depth, IntConsumer call, int n) {
        if (depth == 0) {
            call.accept(n);
            return 0;
        }
        return 1 + pad(depth - 1, call, n);
    }
}
