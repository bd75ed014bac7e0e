package dev.niche.dsa.dijkstranegative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Naive: trusts the planner. Part 1 puts a negative leg in a network, believing that any negative leg breaks
 * the planner (here it does not: the rebate comes before anything is final). Part 2 reuses the planner, fast
 * and wrong: a port marked done is never priced again, and a loop below zero goes unnoticed.
 */
public final class FreightCosts {
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private FreightCosts() {
    }

    public static Counterexample dijkstraCounterexample() {
        return new Counterexample(3, new int[][] {{0, 1, 2}, {1, 2, -1}}, 0, 2);
    }

    public static long[] cheapestCosts(int ports, int[][] legs, int source) {
        if (ports < 1) {
            throw new IllegalArgumentException("ports must be positive");
        }
        if (source < 0 || source >= ports) {
            throw new IllegalArgumentException("source out of range");
        }
        Objects.requireNonNull(legs, "legs");
        List<List<int[]>> out = new ArrayList<>();
        for (int v = 0; v < ports; v++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < legs.length; i++) {
            int[] leg = Objects.requireNonNull(legs[i], "legs[" + i + "]");
            if (leg.length != 3 || leg[0] < 0 || leg[0] >= ports || leg[1] < 0 || leg[1] >= ports) {
                throw new IllegalArgumentException("legs[" + i + "] is invalid");
            }
            out.get(leg[0]).add(leg);
        }
        long[] cost = new long[ports];
        Arrays.fill(cost, UNREACHABLE);
        cost[source] = 0;
        boolean[] done = new boolean[ports];
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, source});
        while (!queue.isEmpty()) {
            int port = (int) queue.poll()[1];
            if (done[port]) {
                continue;
            }
            done[port] = true;
            for (int[] leg : out.get(port)) {
                if (!done[leg[1]] && cost[port] + leg[2] < cost[leg[1]]) {
                    cost[leg[1]] = cost[port] + leg[2];
                    queue.add(new long[] {cost[leg[1]], leg[1]});
                }
            }
        }
        return cost;
    }
}
