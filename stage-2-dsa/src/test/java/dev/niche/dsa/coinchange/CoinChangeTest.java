package dev.niche.dsa.coinchange;

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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "dsa/coin-change", title = "Fewest coins for an amount", order = 260, checkpoints = "2.1",
        naiveViolates = CheckKind.COMPLEXITY)
class CoinChangeTest {
    /** The coin values of the timing check and the benchmark: with no 1, some amounts cannot be paid. */
    static final int[] TIMED_COINS = {3, 5, 7};

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("pays 11 with 5 + 6 from {1, 5, 6, 9}, where taking the biggest coin first would use three")
    void biggestFirstIsNotEnough() {
        assertThat(CoinChange.fewestCoins(new int[] {1, 5, 6, 9}, 11)).as("fewestCoins({1, 5, 6, 9}, 11)")
                .isEqualTo(2);
    }

    @Test
    @DisplayName("an amount of 0 needs no coins, even when there are no coins at all")
    void zeroAmount() {
        assertThat(CoinChange.fewestCoins(new int[] {2, 5}, 0)).as("fewestCoins({2, 5}, 0)").isZero();
        assertThat(CoinChange.fewestCoins(new int[0], 0)).as("fewestCoins({}, 0)").isZero();
    }

    @Test
    @DisplayName("an amount that no mix of coins reaches answers -1")
    void unreachable() {
        assertThat(CoinChange.fewestCoins(new int[] {4, 6}, 7)).as("fewestCoins({4, 6}, 7)").isEqualTo(-1);
        assertThat(CoinChange.fewestCoins(new int[] {5}, 3)).as("fewestCoins({5}, 3)").isEqualTo(-1);
        assertThat(CoinChange.fewestCoins(new int[0], 3)).as("fewestCoins({}, 3)").isEqualTo(-1);
    }

    @Test
    @DisplayName("one coin value pays its multiples and nothing else")
    void singleValue() {
        assertThat(CoinChange.fewestCoins(new int[] {7}, 21)).as("fewestCoins({7}, 21)").isEqualTo(3);
        assertThat(CoinChange.fewestCoins(new int[] {7}, 20)).as("fewestCoins({7}, 20)").isEqualTo(-1);
    }

    @Test
    @DisplayName("the order of the values and repeated values change nothing: 12 = 5 + 5 + 2")
    void orderAndRepeats() {
        assertThat(CoinChange.fewestCoins(new int[] {5, 1, 5, 2}, 12)).as("fewestCoins({5, 1, 5, 2}, 12)")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("a coin larger than the amount, up to Integer.MAX_VALUE, is never used and causes no overflow")
    void hugeCoin() {
        assertThat(CoinChange.fewestCoins(new int[] {Integer.MAX_VALUE, 3}, 9))
                .as("fewestCoins({Integer.MAX_VALUE, 3}, 9)").isEqualTo(3);
        assertThat(CoinChange.fewestCoins(new int[] {Integer.MAX_VALUE}, 9))
                .as("fewestCoins({Integer.MAX_VALUE}, 9)").isEqualTo(-1);
    }

    @Test
    @DisplayName("a null coin array is rejected with a NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> CoinChange.fewestCoins(null, 5)).as("fewestCoins(null, 5)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("coins");
    }

    @Test
    @DisplayName("a coin value of 0 or less is rejected with an IllegalArgumentException naming it")
    void rejectsNonPositiveCoins() {
        assertThatThrownBy(() -> CoinChange.fewestCoins(new int[] {1, 2, 0}, 5)).as("fewestCoins({1, 2, 0}, 5)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins[2]");
        assertThatThrownBy(() -> CoinChange.fewestCoins(new int[] {-3, 4}, 5)).as("fewestCoins({-3, 4}, 5)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins[0]");
    }

    @Test
    @DisplayName("a negative amount is rejected with an IllegalArgumentException naming it")
    void rejectsNegativeAmount() {
        assertThatThrownBy(() -> CoinChange.fewestCoins(new int[] {1}, -1)).as("fewestCoins({1}, -1)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> CoinChange.fewestCoins(new int[] {1}, Integer.MIN_VALUE))
                .as("fewestCoins({1}, Integer.MIN_VALUE)")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("amount");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("agrees with trying every combination of coin counts, for up to four values and amounts up to 22")
    void matchesEveryCombination(@ForAll("distinctCoins") int[] coins, @ForAll @IntRange(max = 22) int amount) {
        assertThat(CoinChange.fewestCoins(coins.clone(), amount))
                .as("fewestCoins(%s, %d)", Arrays.toString(coins), amount)
                .isEqualTo(fewestByTryingAll(coins, 0, amount));
    }

    @Property(tries = 200)
    @Label("repeated coin values, in any order, change nothing")
    void repeatsAndOrderDoNotMatter(@ForAll("repeatedCoins") int[] coins, @ForAll @IntRange(max = 9) int amount) {
        int[] distinct = Arrays.stream(coins).distinct().toArray();
        assertThat(CoinChange.fewestCoins(coins.clone(), amount))
                .as("fewestCoins(%s, %d)", Arrays.toString(coins), amount)
                .isEqualTo(fewestByTryingAll(distinct, 0, amount));
    }

    /**
     * The oracle: every combination, as a count of coins of the first value, then of the second, and so on;
     * the last value must pay exactly what is left. -1 when no combination sums to {@code remaining}.
     */
    private static int fewestByTryingAll(int[] coins, int index, int remaining) {
        if (remaining == 0) {
            return 0;
        }
        if (index == coins.length) {
            return -1;
        }
        int best = -1;
        for (int count = 0; count * coins[index] <= remaining; count++) {
            int rest = fewestByTryingAll(coins, index + 1, remaining - count * coins[index]);
            if (rest >= 0 && (best < 0 || count + rest < best)) {
                best = count + rest;
            }
        }
        return best;
    }

    /** Up to four distinct values from 1 to 12, the empty set included. */
    @Provide
    Arbitrary<int[]> distinctCoins() {
        return Arbitraries.integers().between(1, 12).array(int[].class).ofMaxSize(4).uniqueElements();
    }

    /** Up to five values from 1 to 6 in any order: repeats are likely. */
    @Provide
    Arbitrary<int[]> repeatedCoins() {
        return Arbitraries.integers().between(1, 6).array(int[].class).ofMaxSize(5);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("with coin values {3, 5, 7}, the time grows linearly with the amount, not exponentially (timing)")
    void timeGrowsLinearlyWithTheAmount() {
        assertComplexity(Complexity.timing("fewestCoins({3, 5, 7}, n)", PAY).sizes(powersOfTwo(3, 14)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("fewestCoins({3, 5, 7}, n) is linear in n (JMH)")
    void payBenchmark() {
        assertComplexity(Complexity.jmh("fewestCoins({3, 5, 7}, n)", CoinChangeBenchmark.class, "pay")
                .sizes(1 << 8, 1 << 10, 1 << 12, 1 << 14)).isAtMost(Growth.LINEAR);
    }

    /** The amount is the state; each run pays it with {@link #TIMED_COINS}. */
    static final Workload<Integer> PAY = Workload.of(n -> n, amount -> CoinChange.fewestCoins(TIMED_COINS, amount));
}
