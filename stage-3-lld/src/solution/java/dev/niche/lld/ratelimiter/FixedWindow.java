package dev.niche.lld.ratelimiter;

/** Counts the grants of the current window, [kW, (k+1)W) after the first call, and starts over in the next. */
final class FixedWindow implements Limiter {
    private final long limit;
    private final long windowNanos;
    private final Timeline timeline = new Timeline();
    private long window;
    private long granted;

    FixedWindow(long limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
    }

    @Override
    public synchronized boolean tryAcquire(long nowNanos) {
        long current = timeline.elapsed(nowNanos) / windowNanos;
        if (current != window) {
            window = current;
            granted = 0;
        }
        if (granted == limit) {
            return false;
        }
        granted++;
        return true;
    }
}
