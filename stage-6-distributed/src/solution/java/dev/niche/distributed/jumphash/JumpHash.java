package dev.niche.distributed.jumphash;

/**
 * Lamping and Veach's jump consistent hash. The key seeds a linear congruential generator; from bucket b the next
 * "jump" lands at a point chosen so that, for every n, the probability that the key's last jump below n is any
 * given bucket is 1/n. Growing to n + 1 then moves a key only if a jump lands exactly on n.
 */
public final class JumpHash {

    private JumpHash() {
    }

    public static int bucket(long key, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, got " + buckets);
        }
        long b = -1;
        long j = 0;
        while (j < buckets) {
            b = j;
            key = key * 2862933555777941757L + 1;
            j = (long) ((b + 1) * ((double) (1L << 31) / (double) ((key >>> 33) + 1)));
        }
        return (int) b;
    }
}
