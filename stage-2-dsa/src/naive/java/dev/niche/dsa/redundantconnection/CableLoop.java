package dev.niche.dsa.redundantconnection;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Naive: before plugging each cable in, searches the network wired so far for a way between its two ends.
 * Correct, but each search may cover the whole network: O(n) searches of O(n) each, O(n^2).
 */
public final class CableLoop {
    private CableLoop() {
    }

    public static int cableToRemove(int[][] cables) {
        Objects.requireNonNull(cables, "cables");
        if (cables.length == 0) {
            throw new IllegalArgumentException("cables must not be empty");
        }
        int n = cables.length;
        for (int i = 0; i < n; i++) {
            int[] cable = Objects.requireNonNull(cables[i], "cables[" + i + "]");
            if (cable.length != 2 || cable[0] < 0 || cable[0] >= n || cable[1] < 0 || cable[1] >= n) {
                throw new IllegalArgumentException("cables[" + i + "] is invalid");
            }
        }
        List<List<Integer>> wired = new ArrayList<>();
        for (int router = 0; router < n; router++) {
            wired.add(new ArrayList<>());
        }
        int closing = -1;
        for (int i = 0; i < n; i++) {
            int a = cables[i][0];
            int b = cables[i][1];
            if (connected(wired, a, b)) {
                if (closing >= 0) {
                    throw new IllegalArgumentException("cables has more than one loop");
                }
                closing = i;
            }
            wired.get(a).add(b);
            wired.get(b).add(a);
        }
        return closing;
    }

    private static boolean connected(List<List<Integer>> wired, int from, int to) {
        boolean[] seen = new boolean[wired.size()];
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(from);
        seen[from] = true;
        while (!stack.isEmpty()) {
            int router = stack.pop();
            if (router == to) {
                return true;
            }
            for (int next : wired.get(router)) {
                if (!seen[next]) {
                    seen[next] = true;
                    stack.push(next);
                }
            }
        }
        return false;
    }
}
