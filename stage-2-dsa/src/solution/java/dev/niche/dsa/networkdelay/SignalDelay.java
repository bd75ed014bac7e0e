package dev.niche.dsa.networkdelay;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;

/** Reference: settle servers in order of arrival time, taking the earliest pending arrival from a heap. */
public final class SignalDelay {
    private static final long NEVER = Long.MAX_VALUE;

    private SignalDelay() {
    }

    /** A time at which the alert can reach a server; it is stale once the server has heard it earlier. */
    private record Arrival(long time, int node) {
    }

    /**
     * The earliest pending arrival is final: every other route to that server goes through a server reached
     * no earlier, and delays are never negative, so it cannot arrive sooner. Each link is followed once, when
     * its server is settled, and pushes at most one arrival: O(E log E) = O(E log V) for the heap.
     */
    public static long timeToReachAll(int nodes, int[][] links, int source) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be 1 or more, got " + nodes);
        }
        if (source < 0 || source >= nodes) {
            throw new IllegalArgumentException("source " + source + " is not a server 0 to " + (nodes - 1));
        }
        validate(nodes, links);
        int[] firstLink = new int[nodes + 1];
        for (int[] link : links) {
            firstLink[link[0] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            firstLink[v + 1] += firstLink[v];
        }
        int[] to = new int[links.length];
        int[] delay = new int[links.length];
        int[] filled = Arrays.copyOf(firstLink, nodes);
        for (int[] link : links) {
            int slot = filled[link[0]]++;
            to[slot] = link[1];
            delay[slot] = link[2];
        }

        long[] heard = new long[nodes];
        Arrays.fill(heard, NEVER);
        PriorityQueue<Arrival> pending = new PriorityQueue<>(Comparator.comparingLong(Arrival::time));
        heard[source] = 0;
        pending.add(new Arrival(0, source));
        int settled = 0;
        long last = 0;
        while (!pending.isEmpty()) {
            Arrival next = pending.poll();
            if (next.time() > heard[next.node()]) {
                continue;
            }
            settled++;
            last = next.time();
            for (int e = firstLink[next.node()]; e < firstLink[next.node() + 1]; e++) {
                long arrives = next.time() + delay[e];
                if (arrives < heard[to[e]]) {
                    heard[to[e]] = arrives;
                    pending.add(new Arrival(arrives, to[e]));
                }
            }
        }
        return settled == nodes ? last : -1;
    }

    private static void validate(int nodes, int[][] links) {
        Objects.requireNonNull(links, "links");
        for (int i = 0; i < links.length; i++) {
            int[] link = Objects.requireNonNull(links[i], "links[" + i + "]");
            if (link.length != 3) {
                throw new IllegalArgumentException("links[" + i + "] must be {from, to, delay}, got "
                        + Arrays.toString(link));
            }
            if (link[0] < 0 || link[0] >= nodes || link[1] < 0 || link[1] >= nodes) {
                throw new IllegalArgumentException("links[" + i + "] " + Arrays.toString(link)
                        + " names a server outside 0 to " + (nodes - 1));
            }
            if (link[2] < 0) {
                throw new IllegalArgumentException("links[" + i + "] " + Arrays.toString(link)
                        + " has a negative delay");
            }
        }
    }
}
