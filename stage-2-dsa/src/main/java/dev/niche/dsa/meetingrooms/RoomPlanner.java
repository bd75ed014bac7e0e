package dev.niche.dsa.meetingrooms;

import java.util.List;

/**
 * How many rooms does the day need?
 *
 * <p>A company books all of tomorrow's meetings in advance, and facilities must know how many meeting rooms to
 * open. Two meetings that overlap in time cannot share a room; a meeting that ends at 10 and one that starts at
 * 10 can. A large site schedules up to 10^5 meetings a day, so comparing every meeting with every other one
 * (about 5 * 10^9 pairs) is too slow.
 *
 * <h2>Contract</h2>
 * {@code roomsNeeded(meetings)} returns the smallest number of rooms such that the meetings can be assigned to
 * rooms with no two meetings of one room overlapping: two meetings {@code [s1, e1)} and {@code [s2, e2)}
 * overlap when {@code s1 < e2} and {@code s2 < e1}. No meetings need 0 rooms. Any ints are valid times; the
 * meetings may be in any order and the list is not modified.
 *
 * <h2>Required complexity (n = meetings.size())</h2>
 * O(n log n) time and O(n) extra space. The grader times n meetings at random times: O(n log n) shows a slope
 * near 1, O(n^2) one near 2.
 *
 * <h2>Bad input</h2>
 * <ul>
 *   <li>a null {@code meetings}, or a null element in it: {@link NullPointerException} whose message names it
 *       ({@code "meetings"}, {@code "meetings[3]"});</li>
 *   <li>a meeting with {@code start >= end} (it must last a while): {@link IllegalArgumentException} whose
 *       message names its index and shows it ({@code "meetings[2] = [5, 5) ..."}).</li>
 * </ul>
 */
public final class RoomPlanner {
    private RoomPlanner() {
    }

    /** The fewest rooms that hold all {@code meetings} with no overlap inside a room. */
    public static int roomsNeeded(List<Meeting> meetings) {
        throw new UnsupportedOperationException("TODO: walk through the day's events in time order");
    }
}
