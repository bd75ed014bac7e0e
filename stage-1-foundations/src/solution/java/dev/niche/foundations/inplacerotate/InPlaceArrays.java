package dev.niche.foundations.inplacerotate;

import java.util.Objects;

/**
 * Two array operations done in place.
 *
 * <p>Reference solution. A right rotation by s splits the array into a front part A (the first n - s
 * elements) and a back part B (the last s), and turns AB into BA. Reversing the whole array gives
 * rev(B) rev(A); reversing each part again restores its order: BA. Each element is swapped at most twice,
 * with one int of extra space. Deduplication is the two-pointer pass: a read index visits every element, a
 * write index marks the end of the kept part, and a value is kept when it differs from the last value kept.
 */
public final class InPlaceArrays {
    private InPlaceArrays() {
    }

    /** Rotates {@code array} right by {@code k} places in place; a negative k rotates left. */
    public static void rotate(int[] array, int k) {
        Objects.requireNonNull(array, "array must not be null");
        int n = array.length;
        if (n == 0) {
            return;
        }
        int shift = Math.floorMod(k, n);
        reverse(array, 0, n);
        reverse(array, 0, shift);
        reverse(array, shift, n);
    }

    /**
     * Moves one copy of each distinct value of the sorted {@code array} to its front, in order, and returns how
     * many there are. The order is checked first, so a rejected array is left untouched.
     */
    public static int dedupeSorted(int[] array) {
        Objects.requireNonNull(array, "array must not be null");
        for (int i = 1; i < array.length; i++) {
            if (array[i] < array[i - 1]) {
                throw new IllegalArgumentException("array is not sorted: array[" + i + "] = " + array[i]
                        + " is less than array[" + (i - 1) + "] = " + array[i - 1]);
            }
        }
        if (array.length == 0) {
            return 0;
        }
        int kept = 1;
        for (int read = 1; read < array.length; read++) {
            if (array[read] != array[kept - 1]) {
                array[kept++] = array[read];
            }
        }
        return kept;
    }

    /** Reverses {@code array[from..to)} by swapping from both ends towards the middle. */
    private static void reverse(int[] array, int from, int to) {
        for (int left = from, right = to - 1; left < right; left++, right--) {
            int swap = array[left];
            array[left] = array[right];
            array[right] = swap;
        }
    }
}
