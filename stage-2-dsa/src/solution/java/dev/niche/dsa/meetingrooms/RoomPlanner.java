package dev.niche.dsa.meetingrooms;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reference: sort the start times and the end times separately, then sweep through both in time order, counting
 * the meetings in progress. The answer is the largest count reached.
 */
public final class RoomPlanner {
    private RoomPlanner() {
    }

    /**
     * At any moment the rooms in use are the meetings that have started and not ended, and no assignment can do
     * with fewer rooms than the most meetings in progress at once; assigning each starting meeting any free room
     * reaches that number. The sweep takes the next start, first releasing every meeting that ended at or
     * before it (half-open ranges: ending at t frees the room for a start at t). Sorting dominates: O(n log n).
     */
    public static int roomsNeeded(List<Meeting> meetings) {
        Objects.requireNonNull(meetings, "meetings");
        int[] starts = new int[meetings.size()];
        int[] ends = new int[meetings.size()];
        int index = 0;
        for (Meeting meeting : meetings) {
            if (meeting == null) {
                throw new NullPointerException("meetings[" + index + "] is null");
            }
            if (meeting.start() >= meeting.end()) {
                throw new IllegalArgumentException("meetings[" + index + "] = " + meeting
                        + " does not last: start >= end");
            }
            starts[index] = meeting.start();
            ends[index] = meeting.end();
            index++;
        }
        Arrays.sort(starts);
        Arrays.sort(ends);
        int inProgress = 0;
        int most = 0;
        int ended = 0;
        for (int start : starts) {
            while (ends[ended] <= start) {
                ended++;
                inProgress--;
            }
            inProgress++;
            most = Math.max(most, inProgress);
        }
        return most;
    }
}
