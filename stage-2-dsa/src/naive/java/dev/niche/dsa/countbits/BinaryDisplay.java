package dev.niche.dsa.countbits;

/** Naive: goes through every number from 0 to n and adds up its 1 bits. Correct, but O(n). */
public final class BinaryDisplay {
    private BinaryDisplay() {
    }

    public static long lampsLit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        long lit = 0;
        for (long number = 0; number <= n; number++) {
            lit += Long.bitCount(number);
        }
        return lit;
    }
}
