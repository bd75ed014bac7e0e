package dev.niche.distributed.jumphash;

/**
 * The obvious assignment: a well-mixed hash modulo the number of buckets. Perfectly balanced, and nearly every key
 * moves when a bucket is added, most of them between old buckets.
 */
public final class JumpHash {

    private JumpHash() {
    }

    public static int bucket(long key, int buckets) {
        if (buckets < 1) {
            throw new IllegalArgumentException("buckets must be at least 1, got " + buckets);
        }
        long z = key;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) Long.remainderUnsigned(z ^ (z >>> 31), buckets);
    }
}
