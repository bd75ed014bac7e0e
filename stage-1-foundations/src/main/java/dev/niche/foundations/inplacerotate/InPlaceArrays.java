package dev.niche.foundations.inplacerotate;

/**
 * Two array operations done in place: the array is rewritten inside its own slots, never copied.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>{@link #rotate}: rotating right by k moves the element at index i to index (i + k) mod n, wrapping
 *       around the end. Any int is a valid k: rotating by k is rotating by {@code Math.floorMod(k, n)}, so
 *       k = n (or any multiple of n) changes nothing, k &gt; n wraps, and a negative k rotates left. An
 *       empty array has nothing to rotate, whatever k is.</li>
 *   <li>{@link #dedupeSorted}: the array is sorted in non-decreasing order; the call keeps one copy of each
 *       value, in order, at the front of the array and returns how many values it kept. What the slots from
 *       that count on hold afterwards is not specified.</li>
 * </ul>
 *
 * <h2>Required complexity (n = array length)</h2>
 * Both operations take O(n) time and O(1) extra space: a few int variables, no second array, no collection.
 * The grader measures the bytes allocated per call, which must not grow with n (a copy of the array costs
 * 4n bytes), and the running time, which must grow linearly, not quadratically: shifting the whole array one
 * place at a time, k times or once per duplicate, is too slow.
 *
 * <h2>Bad input</h2>
 * A null array throws {@link NullPointerException} with a message naming it ("array"). {@link #dedupeSorted}
 * on an array that is not sorted throws {@link IllegalArgumentException} naming the first index i where
 * {@code array[i] < array[i - 1]}, and leaves the array as it was.
 */
public final class InPlaceArrays {
    private InPlaceArrays() {
    }

    /** Rotates {@code array} right by {@code k} places in place; a negative k rotates left. */
    public static void rotate(int[] array, int k) {
        throw new UnsupportedOperationException("TODO: reduce k modulo n, then move every element once");
    }

    /**
     * Moves one copy of each distinct value of the sorted {@code array} to its front, in order, and returns how
     * many there are: [1, 1, 2, 3, 3] becomes [1, 2, 3, ?, ?] and the call returns 3.
     */
    public static int dedupeSorted(int[] array) {
        throw new UnsupportedOperationException(
                "TODO: check the array is sorted, then copy each new value down to the end of the kept part");
    }
}
