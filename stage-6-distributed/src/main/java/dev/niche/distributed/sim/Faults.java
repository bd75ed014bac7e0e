package dev.niche.distributed.sim;

/**
 * How unreliable the network is. Given code: do not change. Messages are delayed uniformly between the two
 * bounds, which reorders them; a message between two nodes may also be lost or delivered twice. Clients talk to
 * nodes over links that only delay (a client that gets no answer times out; duplicated requests are the subject
 * of the idempotency katas, which model them explicitly).
 *
 * @param minDelay      the shortest delivery delay, in milliseconds
 * @param maxDelay      the longest delivery delay, in milliseconds
 * @param lossRate      the chance that a message is dropped
 * @param duplicateRate the chance that a delivered message is delivered a second time, later
 */
public record Faults(long minDelay, long maxDelay, double lossRate, double duplicateRate) {

    public Faults {
        if (minDelay < 0 || maxDelay < minDelay) {
            throw new IllegalArgumentException("delays must satisfy 0 <= minDelay <= maxDelay, got " + minDelay + ", "
                    + maxDelay);
        }
        if (lossRate < 0 || lossRate >= 1 || duplicateRate < 0 || duplicateRate >= 1) {
            throw new IllegalArgumentException("rates must be in [0, 1), got lossRate " + lossRate
                    + ", duplicateRate " + duplicateRate);
        }
    }

    /** Every message arrives once, after 1 to 5 ms (still reordered). */
    public static Faults reliable() {
        return new Faults(1, 5, 0, 0);
    }

    /** 1 to 20 ms, 10% lost, 5% duplicated: the default of most checks. */
    public static Faults flaky() {
        return new Faults(1, 20, 0.10, 0.05);
    }
}
