package dev.niche.lld.ratelimiter;

/**
 * Estimates the grants of the last window from two counters: the previous fixed window's total, weighted by
 * how much of it still overlaps the last window, plus the current window's count. The comparison is done in
 * whole numbers, rearranged so that neither side can overflow: {@code previous * (W - e) < (L - current) * W}.
 */
final class SlidingCounter implements Limiter {
    private final long limit;
    private final long windowNanos;
    private final Timeline timeline = new Timeline();
    private long window;
    private long current;
    private long previous;

    SlidingCounter(long limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    @Override
    public synchronized boolean tryAcquire(long nowNanos) {
        long t = timeline.elapsed(nowNanos);
        long now = t / windowNanos;
        if (now != window) {
            previous = now == window + 1 ? current : 0;
            current = 0;
            window = now;
        }
        long intoWindow = t - now * windowNanos;
        if (previous * (windowNanos - intoWindow) >= (limit - current) * windowNanos) {
            return false;
        }
        current++;
        return true;
    }
}
