package dev.niche.concurrency.racycounter;

/**
 * Given code: do not change. A consistent reading of {@link LatencyStats}.
 *
 * @param count        requests recorded
 * @param totalMicros  their latencies added up, in microseconds
 */
public record Snapshot(long count, long totalMicros) {
    /** Mean latency in microseconds; 0 when nothing was recorded. */
    public double meanMicros() {
        return count == 0 ? 0 : (double) totalMicros / count;
    }
}
