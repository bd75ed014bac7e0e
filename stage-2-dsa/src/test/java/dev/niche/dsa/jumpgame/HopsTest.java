package dev.niche.dsa.jumpgame;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/jump-game", title = "Stepping stones: reach the last, in the fewest hops", order = 310,
        checkpoints = "2.1", naiveViolates = CheckKind.COMPLEXITY)
class HopsTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("3, 0, 2, 0, 1, 1 is crossed in three hops: 0, 2, 4, 5")
    void crossedInThreeHops() {
        int[] row = {3, 0, 2, 0, 1, 1};
        assertThat(Hops.canReachLast(row)).as("canReachLast(%s)", Arrays.toString(row)).isTrue();
        assertThat(Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(3);
    }

    @Test
    @DisplayName("hopping as far as possible is not the fewest: 2, 3, 1, 1, 1 takes two hops (0, 1, 4)")
    void farthestFirstIsNotFewest() {
        int[] row = {2, 3, 1, 1, 1};
        assertThat(Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(2);
    }

    @Test
    @DisplayName("a 0 that every route must land on blocks the crossing: 2, 1, 0, 3 gives false and -1")
    void blockedByAZero() {
        int[] row = {2, 1, 0, 3};
        assertThat(Hops.canReachLast(row)).as("canReachLast(%s)", Arrays.toString(row)).isFalse();
        assertThat(Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(-1);
    }

    @Test
    @DisplayName("one stone is already crossed; from a first stone of 0 nothing else is reached")
    void tinyRows() {
        assertThat(Hops.canReachLast(new int[] {0})).as("canReachLast([0])").isTrue();
        assertThat(Hops.fewestHops(new int[] {0})).as("fewestHops([0])").isZero();
        assertThat(Hops.canReachLast(new int[] {0, 1})).as("canReachLast([0, 1])").isFalse();
        assertThat(Hops.fewestHops(new int[] {0, 1})).as("fewestHops([0, 1])").isEqualTo(-1);
        assertThat(Hops.canReachLast(new int[] {1, 0})).as("canReachLast([1, 0])").isTrue();
        assertThat(Hops.fewestHops(new int[] {1, 0})).as("fewestHops([1, 0])").isEqualTo(1);
    }

    @Test
    @DisplayName("allowances past the end, up to Integer.MAX_VALUE, just mean the last stone is in reach")
    void hugeAllowances() {
        for (int[] row : new int[][] {{10, 0, 0}, {Integer.MAX_VALUE, 0, 0}}) {
            assertThat(Hops.canReachLast(row)).as("canReachLast(%s)", Arrays.toString(row)).isTrue();
            assertThat(Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(1);
        }
        int[] row = {1, Integer.MAX_VALUE, 0, 0, 0};
        assertThat(Hops.canReachLast(row)).as("canReachLast(%s)", Arrays.toString(row)).isTrue();
        assertThat(Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(2);
    }

    @Test
    @DisplayName("a null row is rejected with a NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> Hops.canReachLast(null)).as("canReachLast(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("maxHop");
        assertThatThrownBy(() -> Hops.fewestHops(null)).as("fewestHops(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("maxHop");
    }

    @Test
    @DisplayName("an empty row has no first stone and is rejected with an IllegalArgumentException")
    void rejectsEmpty() {
        assertThatThrownBy(() -> Hops.canReachLast(new int[0])).as("canReachLast([])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHop");
        assertThatThrownBy(() -> Hops.fewestHops(new int[0])).as("fewestHops([])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHop");
    }

    @Test
    @DisplayName("a negative allowance is rejected with an IllegalArgumentException naming its index")
    void rejectsNegative() {
        int[] row = {2, 1, -1, 1};
        assertThatThrownBy(() -> Hops.canReachLast(row)).as("canReachLast(%s)", Arrays.toString(row))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHop[2]");
        assertThatThrownBy(() -> Hops.fewestHops(row)).as("fewestHops(%s)", Arrays.toString(row))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxHop[2]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with trying every route of hops, for rows of up to 12 stones")
    void matchesEveryRoute(@ForAll("rows") int[] row) {
        int expected = fewestByTryingEveryRoute(row, 0);
        assertThat(Hops.canReachLast(row.clone())).as("canReachLast(%s)", Arrays.toString(row))
                .isEqualTo(expected >= 0);
        assertThat(Hops.fewestHops(row.clone())).as("fewestHops(%s)", Arrays.toString(row)).isEqualTo(expected);
    }

    /** The oracle: from stone {@code at}, every hop length allowed, recursively; -1 when no route ends last. */
    private static int fewestByTryingEveryRoute(int[] maxHop, int at) {
        if (at == maxHop.length - 1) {
            return 0;
        }
        int best = -1;
        for (int hop = 1; hop <= maxHop[at] && at + hop < maxHop.length; hop++) {
            int rest = fewestByTryingEveryRoute(maxHop, at + hop);
            if (rest >= 0 && (best < 0 || rest + 1 < best)) {
                best = rest + 1;
            }
        }
        return best;
    }

    /** 1 to 12 stones, allowances mostly 0 to 4 (zeros common), now and then Integer.MAX_VALUE. */
    @Provide
    Arbitrary<int[]> rows() {
        Arbitrary<Integer> allowance = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.integers().between(0, 4)),
                Tuple.of(1, Arbitraries.just(Integer.MAX_VALUE)));
        return allowance.array(int[].class).ofMinSize(1).ofMaxSize(12);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    /**
     * Long hops that fall just short: stone i reaches every stone up to n - 2, and only stone n - 2 reaches the
     * last. Every stone is reachable, from every stone before it: about n^2 / 2 hops to look at one by one.
     */
    static int[] longHopsFallingShort(int n) {
        int[] row = new int[n];
        for (int i = 0; i < n - 1; i++) {
            row[i] = n - 2 - i;
        }
        row[n - 2] = 1;
        return row;
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("canReachLast takes linear time when every stone reaches far ahead (timing)")
    void canReachLastIsLinear() {
        assertComplexity(Complexity.timing("canReachLast on n stones with long hops",
                Workload.of(HopsTest::longHopsFallingShort, Hops::canReachLast)).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("fewestHops takes linear time when every stone reaches far ahead (timing)")
    void fewestHopsIsLinear() {
        assertComplexity(Complexity.timing("fewestHops on n stones with long hops",
                Workload.of(HopsTest::longHopsFallingShort, Hops::fewestHops)).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("both methods allocate O(1) bytes: no array of n marks or counts")
    void constantExtraSpace() {
        assertComplexity(Complexity.allocation("bytes allocated by canReachLast and fewestHops on n stones of 1",
                Workload.of(n -> {
                    int[] row = new int[n];
                    Arrays.fill(row, 1);
                    return row;
                }, row -> Hops.canReachLast(row) ? Hops.fewestHops(row) : -1)).sizes(powersOfTwo(8, 14)))
                .isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("fewestHops is linear when every stone reaches far ahead (JMH)")
    void fewestHopsBenchmark() {
        assertComplexity(Complexity.jmh("fewestHops on n stones with long hops", HopsBenchmark.class, "fewest")
                .sizes(1 << 10, 1 << 12, 1 << 14, 1 << 16)).isAtMost(Growth.LINEAR);
    }
}
