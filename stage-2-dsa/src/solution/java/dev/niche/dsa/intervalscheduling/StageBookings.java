package dev.niche.dsa.intervalscheduling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Reference: go through the requests by end time and accept each one that starts after the last accepted ends. */
public final class StageBookings {
    private StageBookings() {
    }

    /**
     * Why the earliest end is safe: take any best schedule and swap its first show for the request that ends
     * first; it ends no later, so it clashes with none of the others, and the schedule is as large. Repeating
     * the argument after that show gives the rule: in order of end, accept whatever starts at or after the last
     * accepted end. The sort dominates: O(n log n).
     */
    public static int maxAccepted(List<Booking> requests) {
        Objects.requireNonNull(requests, "requests");
        List<Booking> byEnd = new ArrayList<>(requests.size());
        int index = 0;
        for (Booking request : requests) {
            if (request == null) {
                throw new NullPointerException("requests[" + index + "] is null");
            }
            if (request.start() >= request.end()) {
                throw new IllegalArgumentException("requests[" + index + "] = " + request
                        + " does not last: start >= end");
            }
            byEnd.add(request);
            index++;
        }
        byEnd.sort(Comparator.comparingInt(Booking::end));
        int accepted = 0;
        long stageFreeFrom = Long.MIN_VALUE;
        for (Booking request : byEnd) {
            if (request.start() >= stageFreeFrom) {
                accepted++;
                stageFreeFrom = request.end();
            }
        }
        return accepted;
    }
}
