package dev.niche.storage.bloomfilter;

/**
 * A Bloom filter over string keys: a bit array of m bits and k hash functions. {@link #add} sets the k bits of a
 * key; {@link #mightContain} answers "no" for certain when one of them is clear, and "maybe" when all are set.
 * LSM trees keep one per sorted run, so a lookup skips every run that certainly lacks the key.
 *
 * <p>Size it for the expected number of keys {@code n} and the false positive rate {@code p} you accept:
 * <ul>
 *   <li>{@code m = ceil(-n * ln(p) / (ln 2)^2)} bits (about 9.6 bits per key at 1%);</li>
 *   <li>{@code k = max(1, round(m / n * ln 2))} hash functions (7 at 1%).</li>
 * </ul>
 * With n keys added, the share of other keys answered "maybe" must stay close to {@code p}; that needs k
 * positions that behave as if independent. Two good 32- or 64-bit hashes of the key combined as
 * {@code h1 + i * h2} are enough.
 *
 * <p>Memory: the bits in a {@code long[]} (or similar), about {@code m / 8} bytes; nothing per key.
 */
public final class BloomFilter {

    /**
     * An empty filter sized for {@code expectedKeys} keys at {@code falsePositiveRate}.
     *
     * @throws IllegalArgumentException if {@code expectedKeys < 1} or {@code falsePositiveRate} is not strictly
     *         between 0 and 1 (the message names the argument)
     */
    public BloomFilter(long expectedKeys, double falsePositiveRate) {
        throw new UnsupportedOperationException("TODO: size the bit array (m) and the number of hashes (k)");
    }

    /** Sets the k bits of {@code key}. @throws NullPointerException if {@code key} is null */
    public void add(String key) {
        throw new UnsupportedOperationException("TODO: set the key's k bits");
    }

    /**
     * False when {@code key} was certainly never added; true when it may have been.
     *
     * @throws NullPointerException if {@code key} is null
     */
    public boolean mightContain(String key) {
        throw new UnsupportedOperationException("TODO: check the key's k bits");
    }

    /** m, the number of bits. */
    public long bitCount() {
        throw new UnsupportedOperationException("TODO: return m");
    }

    /** k, the number of hash functions. */
    public int hashCount() {
        throw new UnsupportedOperationException("TODO: return k");
    }
}
