package dev.niche.katas.grader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the complexity measurements that the running check makes, so that the report can attach them to
 * it. Checks of one JVM run one at a time (the grader never runs them in parallel), possibly on a helper
 * thread that enforces the time limit, hence a shared list rather than a thread-local one.
 */
public final class Recorder {
    private static final List<ComplexityRecord> CURRENT = new ArrayList<>();

    private Recorder() {
    }

    public static synchronized void record(ComplexityRecord measurement) {
        CURRENT.add(measurement);
    }

    static synchronized List<ComplexityRecord> drain() {
        List<ComplexityRecord> taken = new ArrayList<>(CURRENT);
        CURRENT.clear();
        return taken;
    }
}
