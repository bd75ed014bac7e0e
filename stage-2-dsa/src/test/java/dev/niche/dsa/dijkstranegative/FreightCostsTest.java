package dev.niche.dsa.dijkstranegative;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.Arrays;
import java.util.HashSet;
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

@Kata(id = "dsa/dijkstra-negative", title = "When Dijkstra is wrong: prices with rebates", order = 390,
        checkpoints = "2.3", naiveViolates = {CheckKind.EXAMPLE, CheckKind.PROPERTY})
class FreightCostsTest {
    private static final long U = FreightCosts.UNREACHABLE;
    /** "No trip" in the Floyd-Warshall table and in the planner. */
    private static final long NONE = Long.MAX_VALUE;

    // ---- examples: part 1, the counterexample ---------------------------------------------------------------

    @Test
    @DisplayName("part 1: the counterexample follows the rules: size, costs, a reachable target, no loop below zero")
    void counterexampleFollowsTheRules() {
        Counterexample example = FreightCosts.dijkstraCounterexample();
        assertThat(example).as("dijkstraCounterexample()").isNotNull();
        assertThat(example.ports()).as("ports of %s", describe(example)).isBetween(1, 10);
        assertThat(example.legs()).as("legs of %s", describe(example)).isNotNull();
        assertThat(example.legs().length).as("number of legs of %s", describe(example)).isLessThanOrEqualTo(20);
        assertThat(example.source()).as("source of %s", describe(example)).isBetween(0, example.ports() - 1);
        assertThat(example.target()).as("target of %s", describe(example)).isBetween(0, example.ports() - 1);
        for (int[] leg : example.legs()) {
            assertThat(leg).as("a leg of %s", describe(example)).isNotNull().hasSize(3);
            assertThat(leg[0]).as("from-port of leg %s", Arrays.toString(leg)).isBetween(0, example.ports() - 1);
            assertThat(leg[1]).as("to-port of leg %s", Arrays.toString(leg)).isBetween(0, example.ports() - 1);
            assertThat(leg[2]).as("cost of leg %s", Arrays.toString(leg)).isBetween(-1000, 1000);
        }
        long[][] cheapest = floydWarshall(example.ports(), example.legs());
        for (int v = 0; v < example.ports(); v++) {
            assertThat(cheapest[v][v]).as("%s: a loop through port %d costs less than zero, so no cost is right",
                    describe(example), v).isGreaterThanOrEqualTo(0);
        }
        assertThat(cheapest[example.source()][example.target()]).as("%s: the target cannot be reached",
                describe(example)).isNotEqualTo(NONE);
    }

    @Test
    @DisplayName("part 1: the planner really gets the target's cost wrong on the counterexample")
    void counterexampleBreaksThePlanner() {
        Counterexample example = FreightCosts.dijkstraCounterexample();
        long right = floydWarshall(example.ports(), example.legs())[example.source()][example.target()];
        long planned = plannerCost(example.ports(), example.legs(), example.source())[example.target()];
        assertThat(planned).as("%s: the planner prices the target at %s and the cheapest cost is %s; a negative "
                + "leg is not enough, it must make a port cheaper after that port is done", describe(example),
                planned == NONE ? "unreachable" : planned, right).isNotEqualTo(right);
    }

    /**
     * The planner of the statement, step by step: take the cheapest reached port not done yet (the smaller
     * number on a tie), mark it done, and lower the cost of each port not done through the legs out of it.
     */
    private static long[] plannerCost(int ports, int[][] legs, int source) {
        long[] cost = new long[ports];
        Arrays.fill(cost, NONE);
        cost[source] = 0;
        boolean[] done = new boolean[ports];
        while (true) {
            int next = -1;
            for (int v = 0; v < ports; v++) {
                if (!done[v] && cost[v] != NONE && (next < 0 || cost[v] < cost[next])) {
                    next = v;
                }
            }
            if (next < 0) {
                return cost;
            }
            done[next] = true;
            for (int[] leg : legs) {
                if (leg[0] == next && !done[leg[1]]) {
                    cost[leg[1]] = Math.min(cost[leg[1]], cost[next] + leg[2]);
                }
            }
        }
    }

    private static String describe(Counterexample example) {
        return "Counterexample(ports " + example.ports() + ", legs " + Arrays.deepToString(example.legs())
                + ", source " + example.source() + ", target " + example.target() + ")";
    }

    // ---- examples: part 2, the prices ---------------------------------------------------------------------

    @Test
    @DisplayName("part 2: without negative legs the costs are the cheapest sums")
    void positiveLegs() {
        assertCosts(4, legs(0, 1, 4, 0, 2, 1, 2, 1, 2, 1, 3, 5), 0, 0, 3, 1, 8);
    }

    @Test
    @DisplayName("part 2: a rebate makes a longer trip cheaper, even to a port the planner would finish early")
    void rebateMakesLongerTripCheaper() {
        assertCosts(4, legs(0, 1, 1, 0, 2, 3, 2, 1, -3, 1, 3, 1), 0, 0, 0, 3, 1);
    }

    @Test
    @DisplayName("part 2: costs may end up below zero")
    void negativeTotals() {
        assertCosts(3, legs(0, 1, -5, 1, 2, -2, 0, 2, -6), 0, 0, -5, -7);
    }

    @Test
    @DisplayName("part 2: the source costs 0, and ports no trip reaches are UNREACHABLE")
    void unreachablePorts() {
        assertCosts(4, legs(0, 1, 7, 2, 0, 1, 3, 2, -4), 0, 0, 7, U, U);
        assertCosts(1, legs(), 0, 0);
        assertCosts(2, legs(), 1, U, 0);
    }

    @Test
    @DisplayName("part 2: a loop costing exactly 0 is fine, and of parallel legs the cheapest counts")
    void zeroLoopAndParallelLegs() {
        assertCosts(2, legs(0, 1, 2, 1, 0, -2), 0, 0, 2);
        assertCosts(2, legs(0, 1, 5, 0, 1, -1, 0, 1, 3), 0, 0, -1);
        assertCosts(2, legs(0, 0, 3, 0, 1, 1), 0, 0, 1);
    }

    @Test
    @DisplayName("part 2: the extreme leg costs Integer.MIN_VALUE and Integer.MAX_VALUE add up without overflow")
    void extremeCosts() {
        int min = Integer.MIN_VALUE;
        int max = Integer.MAX_VALUE;
        assertCosts(3, legs(0, 1, min, 1, 2, min), 0, 0, min, 2L * min);
        assertCosts(3, legs(0, 1, max, 1, 2, max, 0, 2, max), 0, 0, max, max);
    }

    @Test
    @DisplayName("part 2: a reachable loop below zero is reported with its ports")
    void reachableNegativeLoop() {
        assertNegativeLoop(4, legs(0, 1, 1, 1, 2, -2, 2, 1, 1, 2, 3, 1), 0);
        assertNegativeLoop(3, legs(0, 1, 5, 1, 2, 1, 2, 0, -7), 1);
    }

    @Test
    @DisplayName("part 2: a leg from a port back to itself that costs less than zero is a loop of one port")
    void negativeSelfLeg() {
        assertNegativeLoop(2, legs(0, 1, 1, 1, 1, -1), 0);
    }

    @Test
    @DisplayName("part 2: a loop below zero that the source cannot reach changes nothing")
    void unreachableNegativeLoop() {
        assertCosts(4, legs(0, 1, 2, 2, 3, -1, 3, 2, -1, 3, 1, 1), 0, 0, 2, U, U);
    }

    @Test
    @DisplayName("part 2: fewer than one port or a source outside the ports is rejected, naming it")
    void rejectsBadCounts() {
        assertThatThrownBy(() -> FreightCosts.cheapestCosts(0, legs(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ports");
        for (int source : new int[] {-1, 2}) {
            assertThatThrownBy(() -> FreightCosts.cheapestCosts(2, legs(0, 1, 1), source)).as("source %d", source)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
        }
    }

    @Test
    @DisplayName("part 2: null legs or a null leg is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> FreightCosts.cheapestCosts(2, null, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("legs");
        assertThatThrownBy(() -> FreightCosts.cheapestCosts(2, new int[][] {{0, 1, 1}, null}, 0))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("legs[1]");
    }

    @Test
    @DisplayName("part 2: a leg that is not three numbers or names an unknown port is rejected, naming it")
    void rejectsBadLegs() {
        for (int[] bad : List.of(new int[] {0, 1}, new int[] {0, 1, 1, 1}, new int[] {0, 3, 1},
                new int[] {-1, 1, 1}, new int[] {3, 0, 1})) {
            int[][] legs = {{0, 1, 1}, {1, 2, -1}, bad};
            assertThatThrownBy(() -> FreightCosts.cheapestCosts(3, legs, 0)).as("legs[2] = %s", Arrays.toString(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("legs[2]");
        }
    }

    private static void assertCosts(int ports, int[][] legs, int source, long... expected) {
        assertThat(FreightCosts.cheapestCosts(ports, legs, source))
                .as("cheapestCosts(%d, %s, %d)", ports, Arrays.deepToString(legs), source).containsExactly(expected);
    }

    /** The call must throw NegativeCycleException naming a real loop below zero that the source reaches. */
    private static void assertNegativeLoop(int ports, int[][] legs, int source) {
        String call = String.format("cheapestCosts(%d, %s, %d)", ports, Arrays.deepToString(legs), source);
        NegativeCycleException thrown = catchThrowableOfType(
                () -> FreightCosts.cheapestCosts(ports, legs, source), NegativeCycleException.class);
        assertThat(thrown).as("%s: a loop below zero is reachable, so it must throw NegativeCycleException", call)
                .isNotNull();
        List<Integer> loop = thrown.cycle();
        assertThat(loop).as("%s: the reported loop", call).isNotEmpty();
        assertThat(new HashSet<>(loop)).as("%s: the reported loop %s repeats a port", call, loop).hasSize(loop.size());
        long total = 0;
        for (int i = 0; i < loop.size(); i++) {
            int from = loop.get(i);
            int to = loop.get((i + 1) % loop.size());
            long cheapestLeg = Arrays.stream(legs).filter(leg -> leg[0] == from && leg[1] == to)
                    .mapToLong(leg -> leg[2]).min().orElse(NONE);
            assertThat(cheapestLeg).as("%s: the reported loop %s needs a leg %d -> %d, and there is none", call, loop,
                    from, to).isNotEqualTo(NONE);
            total += cheapestLeg;
        }
        assertThat(total).as("%s: the reported loop %s costs %d, not less than zero", call, loop, total).isNegative();
        assertThat(floydWarshall(ports, legs)[source][loop.get(0)]).as("%s: the reported loop %s cannot be reached "
                + "from the source", call, loop).isNotEqualTo(NONE);
    }

    /** Legs from a flat list: from, to, cost, from, to, cost, ... */
    private static int[][] legs(int... flat) {
        int[][] legs = new int[flat.length / 3][];
        for (int i = 0; i < legs.length; i++) {
            legs[i] = Arrays.copyOfRange(flat, 3 * i, 3 * i + 3);
        }
        return legs;
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 400)
    @Label("part 2: agrees with Floyd-Warshall on any network: the costs, or a reachable loop below zero")
    void matchesFloydWarshall(@ForAll("anyNetworks") Network network) {
        assertAgreesWithFloydWarshall(network);
    }

    @Property(tries = 300)
    @Label("part 2: agrees with Floyd-Warshall on networks with many rebates and no loop below zero")
    void matchesFloydWarshallWithRebates(@ForAll("rebateNetworks") Network network) {
        assertAgreesWithFloydWarshall(network);
    }

    private static void assertAgreesWithFloydWarshall(Network network) {
        long[][] cheapest = floydWarshall(network.ports(), network.legs());
        int s = network.source();
        boolean loopBelowZero = false;
        for (int v = 0; v < network.ports(); v++) {
            loopBelowZero |= cheapest[s][v] != NONE && cheapest[v][v] < 0;
        }
        if (loopBelowZero) {
            assertNegativeLoop(network.ports(), network.legs(), s);
        } else {
            assertThat(network.prices()).as("cheapestCosts%s", network).containsExactly(cheapest[s]);
        }
    }

    /**
     * The oracle: {@code d[i][j]} is the cheapest cost from i to j through ports 0..k-1 only, for k = 0, 1,
     * ..., V. {@link #NONE} marks "no trip". A diagonal entry below zero is a loop below zero.
     */
    private static long[][] floydWarshall(int ports, int[][] legs) {
        long[][] d = new long[ports][ports];
        for (long[] row : d) {
            Arrays.fill(row, NONE);
        }
        for (int v = 0; v < ports; v++) {
            d[v][v] = 0;
        }
        for (int[] leg : legs) {
            d[leg[0]][leg[1]] = Math.min(d[leg[0]][leg[1]], leg[2]);
        }
        for (int k = 0; k < ports; k++) {
            for (int i = 0; i < ports; i++) {
                for (int j = 0; j < ports; j++) {
                    if (d[i][k] != NONE && d[k][j] != NONE) {
                        d[i][j] = Math.min(d[i][j], d[i][k] + d[k][j]);
                    }
                }
            }
        }
        return d;
    }

    /** A network of ports and legs, and the source to price from. */
    record Network(int ports, int[][] legs, int source) {
        long[] prices() {
            return FreightCosts.cheapestCosts(ports, legs, source);
        }

        @Override
        public String toString() {
            return "(" + ports + ", " + Arrays.deepToString(legs) + ", " + source + ")";
        }

        /**
         * n ports and 4n legs, in shuffled order: a random tree of legs from port 0 reaches every port, and
         * 3n + 1 more join random ports. Each port has a height from 0 to 1000, and a leg costs 0 to 100 plus
         * the drop in height, so many legs are negative, yet every loop costs at least 0.
         */
        static Network withRebates(int n) {
            Random random = new Random(n);
            int[] height = random.ints(n, 0, 1001).toArray();
            int[][] legs = new int[4 * n][];
            for (int i = 0; i < legs.length; i++) {
                int to = i < n - 1 ? i + 1 : random.nextInt(n);
                int from = i < n - 1 ? random.nextInt(to) : random.nextInt(n);
                legs[i] = new int[] {from, to, random.nextInt(101) + height[from] - height[to]};
            }
            java.util.Collections.shuffle(Arrays.asList(legs), random);
            return new Network(n, legs, 0);
        }
    }

    /** Up to 7 ports and 14 legs costing -4 to 9: loops below zero now and then, reachable or not. */
    @Provide
    Arbitrary<Network> anyNetworks() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Integer> port = Arbitraries.integers().between(0, n - 1);
            Arbitrary<int[]> leg = Combinators.combine(port, port, Arbitraries.integers().between(-4, 9))
                    .as((from, to, cost) -> new int[] {from, to, cost});
            return Combinators.combine(leg.list().ofMaxSize(14), port)
                    .as((legs, source) -> new Network(n, legs.toArray(int[][]::new), source));
        });
    }

    /** Up to 7 ports with heights 0 to 20; a leg costs 0 to 6 plus the drop in height: no loop below zero. */
    @Provide
    Arbitrary<Network> rebateNetworks() {
        return Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Integer> port = Arbitraries.integers().between(0, n - 1);
            Arbitrary<List<Integer>> heights = Arbitraries.integers().between(0, 20).list().ofSize(n);
            Arbitrary<int[]> leg = Combinators.combine(port, port, Arbitraries.integers().between(0, 6))
                    .as((from, to, extra) -> new int[] {from, to, extra});
            return Combinators.combine(heights, leg.list().ofMaxSize(14), port).as((height, legs, source) ->
                    new Network(n, legs.stream().map(l -> new int[] {l[0], l[1],
                            l[2] + height.get(l[0]) - height.get(l[1])}).toArray(int[][]::new), source));
        });
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("part 2: time grows no faster than V^2 on sparse networks with rebates, so not like V^3 (timing)")
    void atMostQuadraticOnSparseNetworks() {
        assertComplexity(Complexity.timing("cheapestCosts, V ports and 4V legs",
                Workload.of(Network::withRebates, Network::prices)).sizes(powersOfTwo(7, 12)))
                .isAtMost(Growth.QUADRATIC);
    }

    @BenchCheck
    @DisplayName("part 2: time grows no faster than V^2 on sparse networks with rebates (JMH)")
    void pricesBenchmark() {
        assertComplexity(Complexity.jmh("cheapestCosts, V ports and 4V legs", FreightCostsBenchmark.class, "prices")
                .sizes(1 << 6, 1 << 8, 1 << 10, 1 << 12)).isAtMost(Growth.QUADRATIC);
    }
}
