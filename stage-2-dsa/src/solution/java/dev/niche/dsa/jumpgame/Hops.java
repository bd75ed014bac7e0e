package dev.niche.dsa.jumpgame;

import java.util.Objects;

/** Reference: one pass that keeps the farthest stone reached so far. */
public final class Hops {
    private Hops() {
    }

    /**
     * Invariant: every stone up to {@code farthest} is reachable, and no stone after it is reachable from the
     * stones before i. Reachable stones form a prefix (a hop can always be made shorter), so the walk stops as
     * soon as it passes {@code farthest}: stone i cannot be reached, nor anything after it.
     */
    public static boolean canReachLast(int[] maxHop) {
        validate(maxHop);
        long farthest = 0;
        for (int i = 0; i < maxHop.length && i <= farthest; i++) {
            farthest = Math.max(farthest, (long) i + maxHop[i]);
        }
        return farthest >= maxHop.length - 1;
    }

    /**
     * A breadth-first walk in which each level is a range of stones: the stones reachable in exactly k hops
     * end at {@code levelEnd}, and scanning them gives {@code farthest}, the end of the next level. Each stone
     * is scanned once, in its level, so the count of levels passed is the fewest hops.
     */
    public static int fewestHops(int[] maxHop) {
        validate(maxHop);
        int last = maxHop.length - 1;
        int hops = 0;
        long levelEnd = 0;
        long farthest = 0;
        for (int i = 0; i < last; i++) {
            farthest = Math.max(farthest, (long) i + maxHop[i]);
            if (i == levelEnd) {
                if (farthest <= i) {
                    return -1;
                }
                hops++;
                levelEnd = farthest;
                if (levelEnd >= last) {
                    return hops;
                }
            }
        }
        return hops;
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
