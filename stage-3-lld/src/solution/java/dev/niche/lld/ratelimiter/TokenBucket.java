package dev.niche.lld.ratelimiter;

/**
 * Starts with {@code capacity} tokens and gains one at every whole multiple of the refill period after its
 * first call. Refilling is lazy: a call adds the tokens of every refill instant passed since the last call,
 * so an idle bucket costs nothing.
 */
final class TokenBucket implements Limiter {
    private final long capacity;
    private final long periodNanos;
    private final Timeline timeline = new Timeline();
    private long tokens;
    private long refillsSeen;

    TokenBucket(long capacity, long periodNanos) {
        this.capacity = capacity;
        this.periodNanos = periodNanos;
        this.tokens = capacity;
    }

    @Override
    public synchronized boolean tryAcquire(long nowNanos) {
        long refills = timeline.elapsed(nowNanos) / periodNanos;
        tokens = Math.min(capacity, tokens + (refills - refillsSeen));
        refillsSeen = refills;
        if (tokens == 0) {
            return false;
        }
        tokens--;
        return true;
    }
}
