package dev.niche.dsa.meetingrooms;

import java.util.List;
import java.util.Objects;

/**
 * Naive: the busiest moment is the start of some meeting, so for each meeting count the meetings in progress
 * when it starts. Correct, but every meeting is compared with every other: O(n^2).
 */
public final class RoomPlanner {
    private RoomPlanner() {
    }

    public static int roomsNeeded(List<Meeting> meetings) {
        Objects.requireNonNull(meetings, "meetings");
        for (int i = 0; i < meetings.size(); i++) {
            Meeting meeting = meetings.get(i);
            if (meeting == null) {
                throw new NullPointerException("meetings[" + i + "] is null");
            }
            if (meeting.start() >= meeting.end()) {
                throw new IllegalArgumentException("meetings[" + i + "] = " + meeting + " does not last: start >= end");
            }
        }
        int most = 0;
        for (Meeting meeting : meetings) {
            int inProgress = 0;
            for (Meeting other : meetings) {
                if (other.start() <= meeting.start() && meeting.start() < other.end()) {
                    inProgress++;
                }
            }
            most = Math.max(most, inProgress);
        }
        return most;
    }
}
