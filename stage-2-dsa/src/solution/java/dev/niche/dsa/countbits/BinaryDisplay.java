package dev.niche.dsa.countbits;

/**
 * Reference: count by bit position instead of by number. Going up from 0, bit b repeats a cycle of 2^b zeros
 * then 2^b ones. Among the n + 1 numbers 0..n, the complete cycles give 2^b ones each, and the incomplete cycle
 * at the end gives the part of it that reaches past its zeros. 31 positions, O(1) work each.
 */
public final class BinaryDisplay {
    private BinaryDisplay() {
    }

    public static long lampsLit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, got " + n);
        }
        long numbers = n + 1L;
        long lit = 0;
        for (int bit = 0; bit < Integer.SIZE - 1; bit++) {
            long half = 1L << bit;
            long cycle = half << 1;
            lit += numbers / cycle * half + Math.max(0, numbers % cycle - half);
        }
        return lit;
    }
}
