package dev.niche.katas.grader.complexity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * How deep a call's recursion goes, measured in the only way a JVM allows without an agent: by how much
 * room it leaves. A thread with a fixed stack first descends {@code k} levels of a padding recursion, then
 * makes the call; the largest k that does not overflow is found by binary search. The call's own stack use
 * at size n is that largest k for a trivial call minus the largest k for the call at n, in padding frames.
 *
 * <p>A frame's size changes when the JIT compiles or inlines its method, so both recursions are warmed up
 * until compiled, and each size is measured in several interleaved passes, keeping the smallest use seen
 * (the fully compiled one). Heap allocation is not seen here (see {@link AllocationMeter}); this sees only
 * the call stack, which is what recursion depth costs.
 */
public final class StackMeter {
    private static final long STACK_BYTES = 2L * 1024 * 1024;
    private static final int WARM_UP_CALLS = 3000;
    private static final int PASSES = 2;
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
                warmUp(shape, 1);
            }
            primed = true;
        }
    }

    /** Stack used by {@code call.accept(n)} at each size, in padding frames (never below 1). */
    public static List<Point> measure(IntConsumer call, int[] sizes) {
        prime();
        IntConsumer nothing = n -> { };
        warmUp(call, sizes[0]);
        warmUp(nothing, 0);
        int[] fewest = new int[sizes.length];
        java.util.Arrays.fill(fewest, Integer.MAX_VALUE);
        for (int pass = 0; pass < PASSES; pass++) {
            int baseline = deepestPad(nothing, 0, Integer.MAX_VALUE);
            for (int i = 0; i < sizes.length; i++) {
                fewest[i] = Math.min(fewest[i], Math.max(1, baseline - deepestPad(call, sizes[i], baseline)));
            }
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            points.add(new Point(sizes[i], fewest[i]));
        }
        return points;
    }

    /** Runs the call, padded, on one thread until the JIT has compiled both recursions. */
    private static void warmUp(IntConsumer call, int n) {
        onFixedStack(() -> {
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                sink += pad(100, call, n);
            }
        });
    }

    /** The largest padding depth (below {@code ceiling}) under which {@code call.accept(n)} still completes. */
    private static int deepestPad(IntConsumer call, int n, int ceiling) {
        int lo = 0;
        int hi = Math.min(ceiling, 1 << 10);
        while (hi < ceiling && runPadded(call, n, hi)) {
            lo = hi;
            hi = (int) Math.min(ceiling, 2L * hi);
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
        onFixedStack(() -> {
            try {
                sink += pad(depth, call, n);
                completed.set(true);
            } catch (StackOverflowError overflow) {
                completed.set(false);
            }
        });
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
