package dev.niche.katas.grader.complexity;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes allocated on the heap by one call, from the JVM's per-thread allocation counter. It is exact once the
 * code is warm, provided escape analysis is off ({@code -XX:-DoEscapeAnalysis}, which the stage build sets):
 * otherwise the JIT may remove allocations that never escape, and a copying solution would look free. It
 * counts everything allocated, not the peak of what is live, and sees no stack frames (recursion depth).
 */
public final class AllocationMeter {
    private static final int WARM_UP_CALLS = 20;
    private static final int MEASURED_CALLS = 5;
    private static volatile Object sink;

    private AllocationMeter() {
    }

    public static boolean isSupported() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean
                && ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                .isThreadAllocatedMemorySupported();
    }

    /**
     * The fewest bytes one call allocated at each size. Each measured call gets a freshly prepared state
     * (preparing is not measured), so a call may consume its input.
     */
    public static <S> List<Point> measure(Workload<S> workload, int[] sizes) {
        if (!isSupported()) {
            throw new IllegalStateException("this JVM cannot count allocated bytes per thread");
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<Point> points = new ArrayList<>();
        for (int n : sizes) {
            for (int i = 0; i < WARM_UP_CALLS; i++) {
                sink = workload.run(workload.prepare(n));
            }
            long fewest = Long.MAX_VALUE;
            for (int i = 0; i < MEASURED_CALLS; i++) {
                S state = workload.prepare(n);
                long before = threads.getCurrentThreadAllocatedBytes();
                Object result = workload.run(state);
                long after = threads.getCurrentThreadAllocatedBytes();
                sink = result;
                fewest = Math.min(fewest, after - before);
            }
            points.add(new Point(n, fewest));
        }
        return points;
    }
}
