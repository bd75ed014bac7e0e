package dev.niche.dsa.dijkstranegative;

/**
 * Freight with rebates: when a well-known method stops working.
 *
 * <p>A freight broker prices trips between ports over one-way legs. Some legs pay the broker (a rebate for
 * carrying empty containers back), so a leg's cost can be negative. The broker's route planner was built for
 * positive prices: it is the textbook version of Dijkstra's algorithm, which the grader runs exactly like this:
 * <ol>
 *   <li>the source costs 0, every other port is "not reached yet";</li>
 *   <li>of the reached ports that are not done, take the cheapest (the smaller port number on a tie) and mark
 *       it done: its cost is final from now on;</li>
 *   <li>for each leg from that port to a port that is not done, lower the other port's cost if the leg
 *       makes it cheaper; then repeat from step 2 until no reached port is left that is not done.</li>
 * </ol>
 *
 * <h2>Part 1: {@link #dijkstraCounterexample()}</h2>
 * Convince the broker: build a network on which the planner above reports a wrong cost for the trip from
 * {@code source} to {@code target}. Rules: 1 to 10 ports, at most 20 legs, every leg {@code {from, to, cost}}
 * with both ports in range and a cost from -1000 to 1000, {@code target} reachable from {@code source}, and
 * no loop anywhere whose legs cost less than zero in total (otherwise there is no right cost to get wrong).
 *
 * <h2>Part 2: {@link #cheapestCosts(int, int[][], int)}</h2>
 * Price every port correctly, negative legs included. {@code cheapestCosts(ports, legs, source)} returns
 * {@code cost} with {@code cost[v]} the smallest total cost of a trip from {@code source} to v over the legs
 * ({@code legs[i] = {from, to, cost}}): 0 for the source itself (unless a loop below zero passes through it),
 * and {@link #UNREACHABLE} for a port no trip reaches. Any int is a legal leg cost, so totals need a
 * {@code long}. Several legs may join the same two ports, and a leg may lead from a port back to itself.
 * The array is not modified.
 *
 * <p>When a loop whose legs cost less than zero in total can be reached from {@code source}, trips get as
 * cheap as you like, so there is no answer: throw a {@link NegativeCycleException} naming such a loop. A loop
 * that the source cannot reach changes nothing.
 *
 * <h2>Constraints and required complexity (V = ports, E = legs)</h2>
 * V up to 2,000 and E up to 10,000: time O(V x E), extra space O(V). The grader times calls on sparse
 * networks (E = 4V) with many negative legs: the time must grow no faster than V^2, so work like V^3 is too
 * slow.
 *
 * <h2>Bad input (part 2)</h2>
 * <ul>
 *   <li>{@code ports < 1}: {@link IllegalArgumentException} naming {@code "ports"};</li>
 *   <li>{@code source} outside 0 to {@code ports - 1}: {@link IllegalArgumentException} naming
 *       {@code "source"};</li>
 *   <li>a null {@code legs} or a null leg: {@link NullPointerException} naming it ({@code "legs"},
 *       {@code "legs[4]"});</li>
 *   <li>a leg that is not three numbers or names a port outside 0 to {@code ports - 1}:
 *       {@link IllegalArgumentException} naming it, e.g. {@code "legs[4]"}.</li>
 * </ul>
 */
public final class FreightCosts {
    /** The cost reported for a port that no trip from the source reaches. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private FreightCosts() {
    }

    /** A network on which the planner described above misprices the trip from source to target. */
    public static Counterexample dijkstraCounterexample() {
        throw new UnsupportedOperationException("TODO: build a small network on which the planner above gets the target's cost wrong");
    }

    /** The cheapest cost from {@code source} to every port; throws if a loop below zero is reachable. */
    public static long[] cheapestCosts(int ports, int[][] legs, int source) {
        throw new UnsupportedOperationException("TODO: price every port, negative legs included, and report a reachable loop below zero");
    }
}
