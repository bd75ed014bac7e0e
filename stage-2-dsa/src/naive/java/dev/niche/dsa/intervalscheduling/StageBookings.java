package dev.niche.dsa.intervalscheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Naive: a table over the requests sorted by start, where best[i] is the longest schedule ending with request i,
 * found by looking at every earlier request. Correct, but O(n^2).
 */
public final class StageBookings {
    private StageBookings() {
    }

    public static int maxAccepted(List<Booking> requests) {
        Objects.requireNonNull(requests, "requests");
        for (int i = 0; i < requests.size(); i++) {
            Booking request = requests.get(i);
            if (request == null) {
                throw new NullPointerException("requests[" + i + "] is null");
            }
            if (request.start() >= request.end()) {
                throw new IllegalArgumentException("requests[" + i + "] = " + request + " does not last: start >= end");
            }
        }
        List<Booking> byStart = new ArrayList<>(requests);
        byStart.sort(Comparator.comparingInt(Booking::start));
        int[] best = new int[byStart.size()];
        int most = 0;
        for (int i = 0; i < byStart.size(); i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (byStart.get(j).end() <= byStart.get(i).start()) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            most = Math.max(most, best[i]);
        }
        return most;
    }
}
