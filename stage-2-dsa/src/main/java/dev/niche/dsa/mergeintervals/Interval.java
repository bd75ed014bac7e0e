package dev.niche.dsa.mergeintervals;

/**
 * A closed range {@code [start, end]} of positions: it contains both ends, so {@code [4, 4]} is one position.
 * This record is a plain pair and checks nothing; {@link WatchedStretches#merge} rejects one with
 * {@code start > end}.
 */
public record Interval(int start, int end) {
    @Override
    public String toString() {
        return "[" + start + ", " + end + "]";
    }
}
