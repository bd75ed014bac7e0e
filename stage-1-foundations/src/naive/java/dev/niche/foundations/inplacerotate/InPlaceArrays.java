package dev.niche.foundations.inplacerotate;

import java.util.Objects;

/**
 * Naive variant: correct results, but each operation builds its answer in a new array and copies it back:
 * O(n) extra space where O(1) was required. The allocation checks must catch it.
 */
public final class InPlaceArrays {
    private InPlaceArrays() {
    }

    public static void rotate(int[] array, int k) {
        Objects.requireNonNull(array, "array must not be null");
        int n = array.length;
        if (n == 0) {
            return;
        }
        int shift = Math.floorMod(k, n);
        int[] rotated = new int[n];
        for (int i = 0; i < n; i++) {
            rotated[(i + shift) % n] = array[i];
        }
        System.arraycopy(rotated, 0, array, 0, n);
    }

    public static int dedupeSorted(int[] array) {
        Objects.requireNonNull(array, "array must not be null");
        for (int i = 1; i < array.length; i++) {
            if (array[i] < array[i - 1]) {
                throw new IllegalArgumentException("array is not sorted at index " + i);
            }
        }
        int[] distinct = new int[array.length];
        int count = 0;
        for (int value : array) {
            if (count == 0 || distinct[count - 1] != value) {
                distinct[count++] = value;
            }
        }
        System.arraycopy(distinct, 0, array, 0, count);
        return count;
    }
}
