package dev.niche.foundations.inplacerotate;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/in-place-rotate", title = "Rotate and dedupe an array in place", order = 110,
        checkpoints = "1.3", naiveViolates = CheckKind.COMPLEXITY)
class InPlaceArraysTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("rotate by 2 turns [1, 2, 3, 4, 5] into [4, 5, 1, 2, 3]")
    void rotateRight() {
        assertThat(rotated(new int[] {1, 2, 3, 4, 5}, 2)).as("rotate([1, 2, 3, 4, 5], 2)")
                .containsExactly(4, 5, 1, 2, 3);
    }

    @Test
    @DisplayName("rotate by 0, by the length and by a multiple of it leaves the array as it was")
    void rotateByMultipleOfLength() {
        for (int k : new int[] {0, 4, 8, -4}) {
            assertThat(rotated(new int[] {1, 2, 3, 4}, k)).as("rotate([1, 2, 3, 4], %d)", k)
                    .containsExactly(1, 2, 3, 4);
        }
    }

    @Test
    @DisplayName("rotate by more than the length wraps around: by 7 on five elements is by 2")
    void rotateWraps() {
        assertThat(rotated(new int[] {1, 2, 3, 4, 5}, 7)).as("rotate([1, 2, 3, 4, 5], 7)")
                .containsExactly(4, 5, 1, 2, 3);
    }

    @Test
    @DisplayName("a negative k rotates left: by -1 turns [1, 2, 3, 4, 5] into [2, 3, 4, 5, 1]")
    void rotateLeft() {
        assertThat(rotated(new int[] {1, 2, 3, 4, 5}, -1)).as("rotate([1, 2, 3, 4, 5], -1)")
                .containsExactly(2, 3, 4, 5, 1);
        assertThat(rotated(new int[] {1, 2, 3, 4, 5}, -7)).as("rotate([1, 2, 3, 4, 5], -7)")
                .containsExactly(3, 4, 5, 1, 2);
    }

    @Test
    @DisplayName("rotate of the empty array and of one element does nothing, for any k")
    void rotateTiny() {
        for (int k : new int[] {0, 1, -1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(rotated(new int[0], k)).as("rotate([], %d)", k).isEmpty();
            assertThat(rotated(new int[] {9}, k)).as("rotate([9], %d)", k).containsExactly(9);
        }
    }

    @Test
    @DisplayName("rotate by Integer.MAX_VALUE and MIN_VALUE reduces k modulo the length without overflowing")
    void rotateByExtremes() {
        assertThat(rotated(new int[] {1, 2, 3, 4}, Integer.MAX_VALUE))
                .as("rotate([1, 2, 3, 4], Integer.MAX_VALUE), a rotation by 3").containsExactly(2, 3, 4, 1);
        assertThat(rotated(new int[] {1, 2, 3, 4}, Integer.MIN_VALUE))
                .as("rotate([1, 2, 3, 4], Integer.MIN_VALUE), a multiple of 4").containsExactly(1, 2, 3, 4);
    }

    @Test
    @DisplayName("dedupeSorted keeps one of each value at the front, in order, and returns how many")
    void dedupeExample() {
        int[] array = {1, 1, 2, 3, 3, 3, 7};
        int kept = InPlaceArrays.dedupeSorted(array);
        assertThat(kept).as("dedupeSorted([1, 1, 2, 3, 3, 3, 7]) returns").isEqualTo(4);
        assertThat(Arrays.copyOf(array, kept)).as("front of the array after dedupeSorted([1, 1, 2, 3, 3, 3, 7])")
                .containsExactly(1, 2, 3, 7);
    }

    @Test
    @DisplayName("dedupeSorted: 0 for the empty array, 1 for one element and for all-equal elements")
    void dedupeEdges() {
        assertThat(InPlaceArrays.dedupeSorted(new int[0])).as("dedupeSorted([])").isZero();
        int[] one = {5};
        assertThat(InPlaceArrays.dedupeSorted(one)).as("dedupeSorted([5])").isEqualTo(1);
        assertThat(one).as("[5] after dedupeSorted").containsExactly(5);
        int[] equal = {-2, -2, -2, -2};
        assertThat(InPlaceArrays.dedupeSorted(equal)).as("dedupeSorted([-2, -2, -2, -2])").isEqualTo(1);
        assertThat(equal[0]).as("first slot after dedupeSorted([-2, -2, -2, -2])").isEqualTo(-2);
        int[] distinct = {1, 2, 3};
        assertThat(InPlaceArrays.dedupeSorted(distinct)).as("dedupeSorted([1, 2, 3])").isEqualTo(3);
        assertThat(distinct).as("[1, 2, 3] after dedupeSorted").containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("a null array is rejected with a NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> InPlaceArrays.rotate(null, 1)).as("rotate(null, 1)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("array");
        assertThatThrownBy(() -> InPlaceArrays.dedupeSorted(null)).as("dedupeSorted(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("array");
    }

    @Test
    @DisplayName("dedupeSorted rejects an unsorted array, naming the first index out of order, and leaves it as it was")
    void dedupeRejectsUnsorted() {
        int[] array = {1, 2, 5, 4, 4};
        assertThatThrownBy(() -> InPlaceArrays.dedupeSorted(array)).as("dedupeSorted([1, 2, 5, 4, 4])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("array")
                .hasMessageContaining("3");
        assertThat(array).as("[1, 2, 5, 4, 4] after the rejected call").containsExactly(1, 2, 5, 4, 4);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("rotate moves the element at index i to (i + k) mod n, for any array and any k")
    void rotateMatchesCopy(@ForAll("arrays") int[] array, @ForAll("shifts") int k) {
        int[] expected = new int[array.length];
        for (int i = 0; i < array.length; i++) {
            expected[Math.floorMod((long) i + k, array.length)] = array[i];
        }
        assertThat(rotated(array.clone(), k)).as("rotate(%s, %d)", Arrays.toString(array), k)
                .containsExactly(expected);
    }

    @Property(tries = 300)
    @Label("dedupeSorted keeps the distinct values of a sorted array, in order, like a TreeSet")
    void dedupeMatchesTreeSet(@ForAll("arrays") int[] values) {
        int[] array = values.clone();
        Arrays.sort(array);
        String call = "dedupeSorted(" + Arrays.toString(array) + ")";
        TreeSet<Integer> distinct = new TreeSet<>();
        Arrays.stream(array).forEach(distinct::add);
        int kept = InPlaceArrays.dedupeSorted(array);
        assertThat(kept).as("%s returns", call).isEqualTo(distinct.size());
        assertThat(Arrays.copyOf(array, kept)).as("front of the array after %s", call)
                .containsExactly(distinct.stream().mapToInt(Integer::intValue).toArray());
    }

    @Property(tries = 200)
    @Label("dedupeSorted rejects any unsorted array with IllegalArgumentException and leaves it as it was")
    void dedupeRejectsAnyUnsorted(@ForAll("arrays") int[] values) {
        int firstDrop = IntStream.range(1, values.length).filter(i -> values[i] < values[i - 1]).findFirst()
                .orElse(-1);
        Assume.that(firstDrop > 0);
        int[] array = values.clone();
        String call = "dedupeSorted(" + Arrays.toString(values) + ")";
        assertThatThrownBy(() -> InPlaceArrays.dedupeSorted(array)).as(call)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Integer.toString(firstDrop));
        assertThat(array).as("the array after the rejected %s", call).containsExactly(values);
    }

    @Provide
    Arbitrary<int[]> arrays() {
        return Arbitraries.integers().between(-8, 8).array(int[].class).ofMaxSize(40);
    }

    /** Small shifts around the lengths in play, and any int (jqwik adds 0, 1, -1, MIN_VALUE, MAX_VALUE). */
    @Provide
    Arbitrary<Integer> shifts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-100, 100), Arbitraries.integers());
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("rotate allocates O(1) bytes: no copy of the array")
    void rotateAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by rotate", ROTATE).sizes(powersOfTwo(8, 16)))
                .isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("dedupeSorted allocates O(1) bytes: no copy of the array, no set")
    void dedupeAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by dedupeSorted", DEDUPE)
                .sizes(powersOfTwo(8, 16))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("rotate by about n / 2 takes linear time, not quadratic (timing)")
    void rotateIsLinear() {
        assertComplexity(Complexity.timing("rotate by n / 2 + 1", ROTATE).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("dedupeSorted takes linear time, not quadratic, when half the elements are duplicates (timing)")
    void dedupeIsLinear() {
        assertComplexity(Complexity.timing("refill, then dedupeSorted", DEDUPE).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("rotate is linear (JMH)")
    void rotateBenchmark() {
        assertComplexity(Complexity.jmh("rotate by n / 2 + 1", InPlaceArraysBenchmark.class, "rotate")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LINEAR);
    }

    /** Each run rotates the same array again (prepared fresh for every allocation measurement). */
    static final Workload<Rotation> ROTATE = Workload.of(n -> new Rotation(n), state -> state.rotate());

    /** Each run refills the working array from the sorted original, then dedupes it. */
    static final Workload<Dedupe> DEDUPE = Workload.of(n -> new Dedupe(n), state -> state.dedupe());

    /** n random ints rotated right by n / 2 + 1 on each call; shared by the checks and the JMH benchmark. */
    static final class Rotation {
        private final int[] array;
        private final int k;

        Rotation(int n) {
            array = new Random(n).ints(n).toArray();
            k = n / 2 + 1;
        }

        int[] rotate() {
            InPlaceArrays.rotate(array, k);
            return array;
        }
    }

    /**
     * The sorted array 0, 0, 1, 1, 2, 2, ... of length n, and a working array of the same length. Each call
     * copies the original into the working array (linear, and no allocation), then dedupes the working one.
     */
    static final class Dedupe {
        private final int[] sorted;
        private final int[] working;

        Dedupe(int n) {
            sorted = IntStream.range(0, n).map(i -> i / 2).toArray();
            working = new int[n];
        }

        int dedupe() {
            System.arraycopy(sorted, 0, working, 0, sorted.length);
            return InPlaceArrays.dedupeSorted(working);
        }
    }

    private static int[] rotated(int[] array, int k) {
        InPlaceArrays.rotate(array, k);
        return array;
    }
}
