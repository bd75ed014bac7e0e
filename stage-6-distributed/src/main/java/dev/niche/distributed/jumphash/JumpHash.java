package dev.niche.distributed.jumphash;

/** Jump consistent hash: a key's bucket among {@code buckets} numbered from 0, with minimal movement on growth. */
public final class JumpHash {

    private JumpHash() {
    }

    /**
     * The bucket of {@code key}, in {@code [0, buckets)}. The same key and count always give the same bucket; going
     * from {@code n} to {@code n + 1} buckets, a key either keeps its bucket or moves to bucket {@code n}.
     *
     * @throws IllegalArgumentException if {@code buckets < 1} (the message names it)
     */
    public static int bucket(long key, int buckets) {
        throw new UnsupportedOperationException("TODO: jump through the key's pseudo-random sequence below buckets");
    }
}
