package dev.niche.dsa.greedycounterexample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "dsa/greedy-counterexample", title = "When biggest coin first stops being optimal", order = 380,
        checkpoints = "2.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class CoinSystemTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("coins 1, 3, 4 first go wrong at 6, past the largest coin: 4 + 1 + 1 where 3 + 3 will do")
    void failurePastTheLargestCoin() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 3, 4})).as("smallestGreedyFailure({1, 3, 4})")
                .hasValue(6);
    }

    @Test
    @DisplayName("coins 1, 10, 25 first go wrong at 30 (25 and five 1s, where three 10s will do)")
    void quarterWithoutNickel() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 10, 25}))
                .as("smallestGreedyFailure({1, 10, 25})").hasValue(30);
    }

    @Test
    @DisplayName("the first failure can also be below the largest coin: 12 for coins 1, 6, 9, 100")
    void failureBelowTheLargestCoin() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 6, 9, 100}))
                .as("smallestGreedyFailure({1, 6, 9, 100})").hasValue(12);
    }

    @Test
    @DisplayName("an old set of coins 1, 3, 6, 12, 24, 30 first goes wrong at 48 = 24 + 24")
    void oldCoins() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 3, 6, 12, 24, 30}))
                .as("smallestGreedyFailure({1, 3, 6, 12, 24, 30})").hasValue(48);
    }

    @Test
    @DisplayName("dollar and euro coins never go wrong: empty")
    void everydayCoinsAreSafe() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 5, 10, 25}))
                .as("smallestGreedyFailure({1, 5, 10, 25})").isEmpty();
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 2, 5, 10, 20, 50, 100, 200}))
                .as("smallestGreedyFailure({1, 2, 5, 10, 20, 50, 100, 200})").isEmpty();
    }

    @Test
    @DisplayName("one or two values never go wrong: {1} and {1, 7} give empty")
    void fewValuesAreSafe() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1})).as("smallestGreedyFailure({1})").isEmpty();
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 7})).as("smallestGreedyFailure({1, 7})")
                .isEmpty();
    }

    @Test
    @DisplayName("order and repeats do not matter: {4, 1, 3, 3} first goes wrong at 6")
    void orderAndRepeats() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {4, 1, 3, 3}))
                .as("smallestGreedyFailure({4, 1, 3, 3})").hasValue(6);
    }

    @Test
    @DisplayName("the largest values allowed: {1, 99999, 100000} first goes wrong at 199998 = 2 * 99999")
    void largestValues() {
        assertThat(CoinSystem.smallestGreedyFailure(new int[] {1, 99_999, 100_000}))
                .as("smallestGreedyFailure({1, 99999, 100000})").hasValue(199_998);
    }

    @Test
    @DisplayName("a null array is rejected with a NullPointerException naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> CoinSystem.smallestGreedyFailure(null)).as("smallestGreedyFailure(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("coins");
    }

    @Test
    @DisplayName("no coins, or no coin of 1, is rejected with an IllegalArgumentException")
    void rejectsMissingOne() {
        for (int[] coins : new int[][] {{}, {2, 3}, {5, 10, 25}}) {
            assertThatThrownBy(() -> CoinSystem.smallestGreedyFailure(coins))
                    .as("smallestGreedyFailure(%s)", Arrays.toString(coins))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins")
                    .hasMessageContaining("1");
        }
    }

    @Test
    @DisplayName("a value of 0 or less, or above 100000, is rejected with an IllegalArgumentException naming it")
    void rejectsOutOfRangeValues() {
        assertThatThrownBy(() -> CoinSystem.smallestGreedyFailure(new int[] {1, 5, 0}))
                .as("smallestGreedyFailure({1, 5, 0})")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins[2]");
        assertThatThrownBy(() -> CoinSystem.smallestGreedyFailure(new int[] {-4, 1}))
                .as("smallestGreedyFailure({-4, 1})")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins[0]");
        assertThatThrownBy(() -> CoinSystem.smallestGreedyFailure(new int[] {1, 100_001}))
                .as("smallestGreedyFailure({1, 100001})")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coins[1]");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("agrees with comparing both ways of paying every amount up to three times the largest coin")
    void matchesBruteForce(@ForAll("systems") int[] coins) {
        assertThat(CoinSystem.smallestGreedyFailure(coins.clone()))
                .as("smallestGreedyFailure(%s)", Arrays.toString(coins))
                .isEqualTo(firstFailureUpTo(coins, 3 * Arrays.stream(coins).max().orElseThrow()));
    }

    @Property(tries = 200)
    @Label("coins where each value divides the next never go wrong")
    void divisibleChainsAreSafe(@ForAll("divisibleChains") int[] coins) {
        assertThat(CoinSystem.smallestGreedyFailure(coins.clone()))
                .as("smallestGreedyFailure(%s)", Arrays.toString(coins)).isEmpty();
    }

    /**
     * The oracle: every amount from 1 to {@code limit}, in order, biggest-first against the fewest coins. Three
     * times the largest coin is well past the Kozen-Zaks bound (the sum of the two largest values), so no
     * failure is missed.
     */
    private static OptionalInt firstFailureUpTo(int[] coins, int limit) {
        int[] fewest = fewestByLevels(coins, limit);
        return IntStream.rangeClosed(1, limit).filter(amount -> biggestFirstCount(coins, amount) > fewest[amount])
                .findFirst();
    }

    /** The coins biggest-first hands out: as many of the largest value as fit, then of the next, and so on. */
    private static int biggestFirstCount(int[] coins, int amount) {
        int[] descending = Arrays.stream(coins).boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue)
                .toArray();
        int count = 0;
        for (int coin : descending) {
            count += amount / coin;
            amount %= coin;
        }
        return count;
    }

    /**
     * The fewest coins for every amount up to {@code limit}, level by level: level k holds the amounts first
     * paid with k coins, found by adding one coin to each amount of level k - 1.
     */
    private static int[] fewestByLevels(int[] coins, int limit) {
        int[] fewest = new int[limit + 1];
        Arrays.fill(fewest, -1);
        fewest[0] = 0;
        Set<Integer> level = Set.of(0);
        for (int k = 1; !level.isEmpty(); k++) {
            Set<Integer> next = new HashSet<>();
            for (int paid : level) {
                for (int coin : coins) {
                    int amount = paid + coin;
                    if (amount <= limit && fewest[amount] < 0) {
                        fewest[amount] = k;
                        next.add(amount);
                    }
                }
            }
            level = next;
        }
        return fewest;
    }

    /** A 1 and up to four other values from 2 to 40, in any order, sometimes repeated. */
    @Provide
    Arbitrary<int[]> systems() {
        return Arbitraries.integers().between(2, 40).list().ofMaxSize(4).map(others -> {
            int[] coins = new int[others.size() + 1];
            coins[0] = 1;
            for (int i = 0; i < others.size(); i++) {
                coins[i + 1] = others.get(i);
            }
            return coins;
        });
    }

    /** 1, then up to four values, each 2 to 5 times the one before. */
    @Provide
    Arbitrary<int[]> divisibleChains() {
        return Arbitraries.integers().between(2, 5).list().ofMaxSize(4).map(CoinSystemTest::chain);
    }

    private static int[] chain(List<Integer> factors) {
        int[] coins = new int[factors.size() + 1];
        coins[0] = 1;
        for (int i = 0; i < factors.size(); i++) {
            coins[i + 1] = coins[i] * factors.get(i);
        }
        return coins;
    }
}
