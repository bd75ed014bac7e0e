package dev.niche.dsa.dijkstranegative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Reference: a counterexample where a rebate arrives too late, and relaxation of every leg in rounds. */
public final class FreightCosts {
    /** The cost reported for a port that no trip from the source reaches. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private FreightCosts() {
    }

    /**
     * Port 1 is one step from the source at cost 1, so the planner marks it done at 1 and then prices port 3
     * through it at 2. The cheaper way to port 1 runs through port 2 (3, then a rebate of -3, total 0), but port
     * 2 is done only later, when port 1 and port 3 are final already: the planner says 2 where 1 is right.
     */
    public static Counterexample dijkstraCounterexample() {
        int[][] legs = {{0, 1, 1}, {0, 2, 3}, {2, 1, -3}, {1, 3, 1}};
        return new Counterexample(4, legs, 0, 3);
    }

    /**
     * After round k, {@code cost[v]} is at most the cheapest cost of a trip of k legs or fewer. Without a
     * loop below zero, some cheapest trip repeats no port and has at most V - 1 legs, so V - 1 rounds settle
     * everything and round V changes nothing. If round V still lowers a cost, a reachable loop below zero
     * exists: walking V steps back along the legs that last lowered each cost lands on it. V rounds of E legs:
     * O(V x E); a round that changes nothing ends the work early.
     */
    public static long[] cheapestCosts(int ports, int[][] legs, int source) {
        validate(ports, legs, source);
        long[] cost = new long[ports];
        Arrays.fill(cost, UNREACHABLE);
        cost[source] = 0;
        int[] cameFrom = new int[ports];
        Arrays.fill(cameFrom, -1);
        int lastLowered = -1;
        for (int round = 1; round <= ports; round++) {
            lastLowered = -1;
            for (int[] leg : legs) {
                int from = leg[0];
                int to = leg[1];
                if (cost[from] != UNREACHABLE && cost[from] + leg[2] < cost[to]) {
                    cost[to] = cost[from] + leg[2];
                    cameFrom[to] = from;
                    lastLowered = to;
                }
            }
            if (lastLowered < 0) {
                return cost;
            }
        }
        throw new NegativeCycleException(loopBehind(lastLowered, cameFrom));
    }

    /** Steps back V times from a port lowered in round V, which ends on the loop, then collects the loop. */
    private static List<Integer> loopBehind(int port, int[] cameFrom) {
        int onLoop = port;
        for (int step = 0; step < cameFrom.length; step++) {
            onLoop = cameFrom[onLoop];
        }
        List<Integer> loop = new ArrayList<>();
        int at = onLoop;
        do {
            loop.add(at);
            at = cameFrom[at];
        } while (at != onLoop);
        Collections.reverse(loop);
        return loop;
    }

    private static void validate(int ports, int[][] legs, int source) {
        if (ports < 1) {
            throw new IllegalArgumentException("ports must be 1 or more, got " + ports);
        }
        if (source < 0 || source >= ports) {
            throw new IllegalArgumentException("source " + source + " is not a port 0 to " + (ports - 1));
        }
        Objects.requireNonNull(legs, "legs");
        for (int i = 0; i < legs.length; i++) {
            int[] leg = Objects.requireNonNull(legs[i], "legs[" + i + "]");
            if (leg.length != 3) {
                throw new IllegalArgumentException("legs[" + i + "] must be {from, to, cost}, got "
                        + Arrays.toString(leg));
            }
            if (leg[0] < 0 || leg[0] >= ports || leg[1] < 0 || leg[1] >= ports) {
                throw new IllegalArgumentException("legs[" + i + "] " + Arrays.toString(leg)
                        + " names a port outside 0 to " + (ports - 1));
            }
        }
    }
}
