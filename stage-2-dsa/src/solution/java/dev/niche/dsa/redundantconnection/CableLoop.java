package dev.niche.dsa.redundantconnection;

import java.util.Arrays;
import java.util.Objects;

/**
 * Reference: plug the cables in, in order, into a union-find of routers; the cable whose ends are joined
 * already closes the loop.
 */
public final class CableLoop {
    private CableLoop() {
    }

    /**
     * The groups of the union-find are the pieces of the network wired so far. A cable whose two ends are in
     * one piece closes a loop; while only tree cables are in, there is no loop, so the first such cable is the
     * loop's last-plugged one. A second such cable would be a second loop. Joining the smaller group under the
     * larger keeps every tree O(log n) deep, and halving the path on each find flattens it further: O(n log n)
     * at worst, close to O(n) in practice.
     */
    public static int cableToRemove(int[][] cables) {
        validate(cables);
        int n = cables.length;
        int[] parent = new int[n];
        int[] size = new int[n];
        for (int router = 0; router < n; router++) {
            parent[router] = router;
            size[router] = 1;
        }
        int closing = -1;
        for (int i = 0; i < n; i++) {
            int a = root(parent, cables[i][0]);
            int b = root(parent, cables[i][1]);
            if (a == b) {
                if (closing >= 0) {
                    throw new IllegalArgumentException("cables are not a tree plus one cable: cables[" + closing
                            + "] and cables[" + i + "] both close a loop");
                }
                closing = i;
            } else if (size[a] < size[b]) {
                parent[a] = b;
                size[b] += size[a];
            } else {
                parent[b] = a;
                size[a] += size[b];
            }
        }
        return closing;
    }

    private static int root(int[] parent, int router) {
        while (parent[router] != router) {
            parent[router] = parent[parent[router]];
            router = parent[router];
        }
        return router;
    }

    private static void validate(int[][] cables) {
        Objects.requireNonNull(cables, "cables");
        if (cables.length == 0) {
            throw new IllegalArgumentException("cables is empty: there is no extra cable to remove");
        }
        for (int i = 0; i < cables.length; i++) {
            int[] cable = Objects.requireNonNull(cables[i], "cables[" + i + "]");
            if (cable.length != 2) {
                throw new IllegalArgumentException("cables[" + i + "] must be two routers, got "
                        + Arrays.toString(cable));
            }
            for (int router : cable) {
                if (router < 0 || router >= cables.length) {
                    throw new IllegalArgumentException("cables[" + i + "] " + Arrays.toString(cable)
                            + " names a router outside 0 to " + (cables.length - 1));
                }
            }
        }
    }
}
