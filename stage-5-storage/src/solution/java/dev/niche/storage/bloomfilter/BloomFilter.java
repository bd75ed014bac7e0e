package dev.niche.storage.bloomfilter;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A Bloom filter over string keys: a bit array of m bits and k hash functions. {@link #add} sets the k bits of a
 * key; {@link #mightContain} answers "no" for certain when one of them is clear, and "maybe" when all are set.
 * LSM trees keep one per sorted run, so a lookup skips every run that certainly lacks the key.
 *
 * <p>Reference: m and k from the textbook formulas; the k positions by double hashing (h1 + i * h2, Kirsch and
 * Mitzenmacher), where h1 and h2 are the two halves of one 64-bit FNV-1a hash, mixed so that similar keys spread.
 */
public final class BloomFilter {
    private final long[] bits;
    private final long m;
    private final int k;

    /**
     * An empty filter sized for {@code expectedKeys} keys at {@code falsePositiveRate}.
     *
     * @throws IllegalArgumentException if {@code expectedKeys < 1} or {@code falsePositiveRate} is not strictly
     *         between 0 and 1 (the message names the argument)
     */
    public BloomFilter(long expectedKeys, double falsePositiveRate) {
        if (expectedKeys < 1) {
            throw new IllegalArgumentException("expectedKeys must be at least 1, was " + expectedKeys);
        }
        if (!(falsePositiveRate > 0 && falsePositiveRate < 1)) {
            throw new IllegalArgumentException("falsePositiveRate must be between 0 and 1, was " + falsePositiveRate);
        }
        double ln2 = Math.log(2);
        this.m = (long) Math.ceil(-expectedKeys * Math.log(falsePositiveRate) / (ln2 * ln2));
        this.k = Math.max(1, (int) Math.round((double) m / expectedKeys * ln2));
        this.bits = new long[(int) ((m + 63) / 64)];
    }

    /** Sets the k bits of {@code key}. @throws NullPointerException if {@code key} is null */
    public void add(String key) {
        long hash = hash(Objects.requireNonNull(key, "key"));
        for (int i = 0; i < k; i++) {
            long bit = position(hash, i);
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /**
     * False when {@code key} was certainly never added; true when it may have been.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public boolean mightContain(String key) {
        long hash = hash(Objects.requireNonNull(key, "key"));
        for (int i = 0; i < k; i++) {
            long bit = position(hash, i);
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** m, the number of bits. */
    public long bitCount() {
        return m;
    }

    /** k, the number of hash functions. */
    public int hashCount() {
        return k;
    }

    /** The i-th position: h1 + i * h2 over the two 32-bit halves, made non-negative, modulo m. */
    private long position(long hash, int i) {
        long h1 = hash >>> 32;
        long h2 = (hash & 0xffffffffL) | 1; // odd, so the k positions differ
        return Math.floorMod(h1 + i * h2, m);
    }

    /** 64-bit FNV-1a over the UTF-8 bytes, then a finalizer that spreads every input bit over the output. */
    private static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
