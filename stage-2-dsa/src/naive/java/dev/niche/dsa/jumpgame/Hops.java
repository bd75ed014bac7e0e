package dev.niche.dsa.jumpgame;

import java.util.Arrays;
import java.util.Objects;

/**
 * Naive: from each reachable stone, marks every stone it can land on, with the fewest hops found so far.
 * Correct, but a stone with a long allowance costs as many steps as stones it reaches: O(n^2).
 */
public final class Hops {
    private Hops() {
    }

    public static boolean canReachLast(int[] maxHop) {
        validate(maxHop);
        int n = maxHop.length;
        boolean[] reachable = new boolean[n];
        reachable[0] = true;
        for (int i = 0; i < n; i++) {
            if (reachable[i]) {
                int end = (int) Math.min(n - 1, (long) i + maxHop[i]);
                for (int j = i + 1; j <= end; j++) {
                    reachable[j] = true;
                }
            }
        }
        return reachable[n - 1];
    }

    public static int fewestHops(int[] maxHop) {
        validate(maxHop);
        int n = maxHop.length;
        int[] fewest = new int[n];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int i = 0; i < n; i++) {
            if (fewest[i] != Integer.MAX_VALUE) {
                int end = (int) Math.min(n - 1, (long) i + maxHop[i]);
                for (int j = i + 1; j <= end; j++) {
                    fewest[j] = Math.min(fewest[j], fewest[i] + 1);
                }
            }
        }
        return fewest[n - 1] == Integer.MAX_VALUE ? -1 : fewest[n - 1];
    }

    private static void validate(int[] maxHop) {
        Objects.requireNonNull(maxHop, "maxHop");
        if (maxHop.length == 0) {
            throw new IllegalArgumentException("maxHop is empty: there is no first stone");
        }
        for (int i = 0; i < maxHop.length; i++) {
            if (maxHop[i] < 0) {
                throw new IllegalArgumentException("maxHop[" + i + "] = " + maxHop[i] + " is negative");
            }
        }
    }
}
