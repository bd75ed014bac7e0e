package dev.niche.storage.lsmtree;

import java.nio.ByteBuffer;

/**
 * A Bloom filter over {@code long} keys that a sorted run can carry in its file: 10 bits per key and 7 hash
 * positions, about 1% false positives. Given code: do not change (you built one in the bloom-filter kata; here it
 * is given so that this kata is about the tree).
 *
 * <p>{@link #mightContain} never answers false for a key that was added. Keep each run's filter in memory: asking
 * it costs no disk read, and a "no" saves reading a block of that run.
 */
public final class KeyFilter {
    private static final int BITS_PER_KEY = 10;
    private static final int HASHES = 7;

    private final long[] words;

    private KeyFilter(long[] words) {
        this.words = words;
    }

    /**
     * An empty filter sized for {@code expectedKeys} keys.
     *
     * @throws IllegalArgumentException if {@code expectedKeys < 1}
     */
    public static KeyFilter forKeys(int expectedKeys) {
        if (expectedKeys < 1) {
            throw new IllegalArgumentException("expectedKeys must be at least 1, was " + expectedKeys);
        }
        return new KeyFilter(new long[(int) ((expectedKeys * (long) BITS_PER_KEY + 63) / 64)]);
    }

    /**
     * The filter {@link #toBytes} wrote.
     *
     * @throws IllegalArgumentException if {@code bytes} is empty or not a whole number of 8-byte words
     */
    public static KeyFilter fromBytes(byte[] bytes) {
        if (bytes.length == 0 || bytes.length % Long.BYTES != 0) {
            throw new IllegalArgumentException("a filter is a whole number of 8-byte words, got " + bytes.length
                    + " bytes");
        }
        long[] words = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(words);
        return new KeyFilter(words);
    }

    /** Sets the bits of {@code key}. */
    public void add(long key) {
        long hash = mix(key);
        for (int i = 0; i < HASHES; i++) {
            long bit = position(hash, i);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** False when {@code key} was certainly never added; true when it may have been. */
    public boolean mightContain(long key) {
        long hash = mix(key);
        for (int i = 0; i < HASHES; i++) {
            long bit = position(hash, i);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The filter as bytes, to store in a run file; {@link #fromBytes} reads them back. */
    public byte[] toBytes() {
        ByteBuffer bytes = ByteBuffer.allocate(sizeInBytes());
        bytes.asLongBuffer().put(words);
        return bytes.array();
    }

    /** How many bytes {@link #toBytes} returns. */
    public int sizeInBytes() {
        return words.length * Long.BYTES;
    }

    private long position(long hash, int i) {
        long h1 = hash >>> 32;
        long h2 = (hash & 0xffffffffL) | 1;
        return Math.floorMod(h1 + i * h2, words.length * 64L);
    }

    /** A 64-bit finalizer: neighbouring keys get unrelated hashes. */
    private static long mix(long key) {
        long h = key * 0x9e3779b97f4a7c15L;
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
