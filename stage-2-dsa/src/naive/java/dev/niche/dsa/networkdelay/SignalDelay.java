package dev.niche.dsa.networkdelay;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Naive: settles servers in order of arrival time, but finds the next one by scanning every server. Correct,
 * but V scans of V servers is O(V^2), however few links there are.
 */
public final class SignalDelay {
    private SignalDelay() {
    }

    public static long timeToReachAll(int nodes, int[][] links, int source) {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be positive");
        }
        if (source < 0 || source >= nodes) {
            throw new IllegalArgumentException("source out of range");
        }
        Objects.requireNonNull(links, "links");
        List<List<int[]>> out = new ArrayList<>();
        for (int v = 0; v < nodes; v++) {
            out.add(new ArrayList<>());
        }
        for (int i = 0; i < links.length; i++) {
            int[] link = Objects.requireNonNull(links[i], "links[" + i + "]");
            if (link.length != 3 || link[0] < 0 || link[0] >= nodes || link[1] < 0 || link[1] >= nodes
                    || link[2] < 0) {
                throw new IllegalArgumentException("links[" + i + "] is invalid");
            }
            out.get(link[0]).add(link);
        }
        long[] heard = new long[nodes];
        Arrays.fill(heard, Long.MAX_VALUE);
        heard[source] = 0;
        boolean[] done = new boolean[nodes];
        long last = 0;
        for (int round = 0; round < nodes; round++) {
            int next = -1;
            for (int v = 0; v < nodes; v++) {
                if (!done[v] && heard[v] != Long.MAX_VALUE && (next < 0 || heard[v] < heard[next])) {
                    next = v;
                }
            }
            if (next < 0) {
                return -1;
            }
            done[next] = true;
            last = heard[next];
            for (int[] link : out.get(next)) {
                heard[link[1]] = Math.min(heard[link[1]], heard[next] + link[2]);
            }
        }
        return last;
    }
}
