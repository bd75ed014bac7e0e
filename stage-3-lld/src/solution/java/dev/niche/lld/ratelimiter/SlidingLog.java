package dev.niche.lld.ratelimiter;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Remembers the time of every grant of the last window, oldest first, and grants a call while fewer than the
 * limit remain. Exact at any instant, at the cost of up to {@code limit} times in memory.
 */
final class SlidingLog implements Limiter {
    private final int limit;
    private final long windowNanos;
    private final Timeline timeline = new Timeline();
    private final Deque<Long> grants = new ArrayDeque<>();

    SlidingLog(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    @Override
    public synchronized boolean tryAcquire(long nowNanos) {
        long t = timeline.elapsed(nowNanos);
        while (!grants.isEmpty() && grants.peekFirst() <= t - windowNanos) {
            grants.pollFirst();
        }
        if (grants.size() == limit) {
            return false;
        }
        grants.addLast(t);
        return true;
    }
}
