package dev.niche.concurrency.racycounter;

/**
 * Request count and total latency, recorded by request threads and read together by a reporter.
 * A {@link Snapshot} must pair a count with the total of exactly those requests.
 *
 * <p>A lock: two values change together and must be read together. Two atomics would make each update
 * atomic on its own, yet a snapshot could still fall between them. One monitor guards both fields, so
 * {@link #record} and {@link #snapshot} see them only in step.
 */
public class LatencyStats {
    private long count;
    private long totalMicros;

    /**
     * Records one request that took {@code micros} microseconds.
     *
     * @throws IllegalArgumentException if {@code micros} is negative (the message names {@code micros})
     */
    public void record(long micros) {
        if (micros < 0) {
            throw new IllegalArgumentException("micros must not be negative, was " + micros);
        }
        synchronized (this) {
            count++;
            totalMicros += micros;
        }
    }

    /** The count and total of the requests recorded so far, taken at one moment. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(count, totalMicros);
    }
}
