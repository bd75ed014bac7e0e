package dev.niche.lld.elevator;

/** What a scheduler can ask a car with closed doors to do in one tick. Given code: do not change it. */
public enum Move {
    /** Move one floor up. */
    UP,
    /** Move one floor down. */
    DOWN,
    /** Open the doors here: allowed only where {@link Snapshot#requested} is true. */
    OPEN,
    /** Stay, doors closed. */
    WAIT
}
