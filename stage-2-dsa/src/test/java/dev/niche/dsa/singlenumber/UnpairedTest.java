package dev.niche.dsa.singlenumber;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/single-number", title = "The tag without a twin, in O(1) extra space", order = 330,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class UnpairedTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("finds the one number without a twin among pairs in any order")
    void example() {
        assertThat(Unpaired.find(new int[] {4, 1, 2, 1, 2})).as("find([4, 1, 2, 1, 2])").isEqualTo(4);
        assertThat(Unpaired.find(new int[] {1, 2, 1, 2, 4})).as("find([1, 2, 1, 2, 4])").isEqualTo(4);
        assertThat(Unpaired.find(new int[] {2, 1, 4, 1, 2})).as("find([2, 1, 4, 1, 2])").isEqualTo(4);
    }

    @Test
    @DisplayName("a single tag is its own answer")
    void singleTag() {
        assertThat(Unpaired.find(new int[] {7})).as("find([7])").isEqualTo(7);
    }

    @Test
    @DisplayName("zero, negative numbers and the int extremes are ordinary tag numbers")
    void extremes() {
        assertThat(Unpaired.find(new int[] {9, 0, 9})).as("find([9, 0, 9])").isZero();
        assertThat(Unpaired.find(new int[] {-3, 5, -3})).as("find([-3, 5, -3])").isEqualTo(5);
        assertThat(Unpaired.find(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE}))
                .as("find([MAX_VALUE, MIN_VALUE, MAX_VALUE])").isEqualTo(Integer.MIN_VALUE);
        assertThat(Unpaired.find(new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, -1}))
                .as("find([MIN_VALUE, -1, MAX_VALUE, MIN_VALUE, -1])").isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    @DisplayName("the tags are left as they were")
    void doesNotModifyInput() {
        int[] values = {6, 3, 8, 3, 6};
        Unpaired.find(values);
        assertThat(values).as("values after find([6, 3, 8, 3, 6])").containsExactly(6, 3, 8, 3, 6);
    }

    @Test
    @DisplayName("a null array is rejected with a NullPointerException naming values")
    void rejectsNull() {
        assertThatThrownBy(() -> Unpaired.find(null)).as("find(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("values");
    }

    @Test
    @DisplayName("an array of even length, the empty one included, is rejected naming values")
    void rejectsEvenLength() {
        for (int[] even : new int[][] {{}, {1, 1}, {1, 2, 3, 4}}) {
            assertThatThrownBy(() -> Unpaired.find(even)).as("find(%s)", Arrays.toString(even))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("values");
        }
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("finds the number without a twin in any shuffled box of twins, and leaves the box as it was")
    void findsTheSingle(@ForAll("boxes") Box box) {
        int[] values = box.values();
        int[] before = values.clone();
        assertThat(Unpaired.find(values)).as("find(%s)", Arrays.toString(before)).isEqualTo(box.single());
        assertThat(values).as("values after find(%s)", Arrays.toString(before)).containsExactly(before);
    }

    /** A box of tags built so that the answer is known: {@code single} once, every other number twice. */
    record Box(int single, int[] values) {
        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }

    /**
     * Distinct numbers, the first one the single and the rest twins, shuffled. Small numbers around zero and any
     * int (jqwik adds 0, -1, MIN_VALUE and MAX_VALUE) so that negatives and extremes come up.
     */
    @Provide
    Arbitrary<Box> boxes() {
        Arbitrary<Integer> numbers = Arbitraries.oneOf(Arbitraries.integers().between(-20, 20),
                Arbitraries.integers());
        return Combinators.combine(numbers.list().ofMinSize(1).ofMaxSize(25), Arbitraries.longs())
                .as(UnpairedTest::boxOf);
    }

    /** The first number is the single, the other distinct numbers come twice; all shuffled with {@code seed}. */
    private static Box boxOf(List<Integer> numbers, long seed) {
        List<Integer> distinct = new ArrayList<>(new LinkedHashSet<>(numbers));
        List<Integer> tags = new ArrayList<>(distinct);
        tags.addAll(distinct.subList(1, distinct.size()));
        Collections.shuffle(tags, new Random(seed));
        return new Box(distinct.get(0), tags.stream().mapToInt(Integer::intValue).toArray());
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("find allocates O(1) bytes: no copy of the tags, no set or map")
    void findAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by find", FIND).sizes(powersOfTwo(8, 16)))
                .isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("find takes linear time, not quadratic (timing)")
    void findIsLinear() {
        assertComplexity(Complexity.timing("find among n + 1 tags", FIND).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("find is linear (JMH)")
    void findBenchmark() {
        assertComplexity(Complexity.jmh("find among n + 1 tags", UnpairedBenchmark.class, "find")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }

    static final Workload<int[]> FIND = Workload.of(UnpairedTest::tags, Unpaired::find);

    /**
     * n / 2 twins and one single, shuffled: n + 1 tags. The numbers k * 0x9E3779B9 (k = 1, 2, ...) are distinct
     * (the factor is odd, so multiplying by it is a bijection on int) and spread over the whole int range.
     */
    static int[] tags(int n) {
        int[] values = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            values[i] = ((i + 1) / 2 + 1) * 0x9E3779B9;
        }
        Random random = new Random(n);
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
