package dev.niche.dsa.intervalscheduling;

/**
 * A request to use the stage during the half-open time range {@code [start, end)}: one ending at 20 and one
 * starting at 20 do not clash. This record is a plain pair and checks nothing; {@link StageBookings#maxAccepted}
 * rejects one with {@code start >= end}.
 */
public record Booking(int start, int end) {
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
