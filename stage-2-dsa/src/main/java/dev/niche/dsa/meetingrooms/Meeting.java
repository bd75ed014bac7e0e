package dev.niche.dsa.meetingrooms;

/**
 * A meeting that occupies the half-open time range {@code [start, end)}: it starts at {@code start} and is over
 * at {@code end}, so one ending at 10 and another starting at 10 do not overlap. This record is a plain pair
 * and checks nothing; {@link RoomPlanner#roomsNeeded} rejects one with {@code start >= end}.
 */
public record Meeting(int start, int end) {
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
