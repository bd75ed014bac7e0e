package dev.niche.dsa.singlenumber;

import java.util.Objects;

/**
 * Reference: exclusive or over all the numbers. XOR is associative and commutative, x ^ x = 0 and x ^ 0 = x, so
 * the order does not matter and each twin cancels the other: what is left is the number without a twin.
 */
public final class Unpaired {
    private Unpaired() {
    }

    public static int find(int[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length % 2 == 0) {
            throw new IllegalArgumentException("values has even length " + values.length
                    + ", so it cannot hold exactly one number without a twin");
        }
        int left = 0;
        for (int value : values) {
            left ^= value;
        }
        return left;
    }
}
