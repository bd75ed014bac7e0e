package dev.niche.lld.elevator;

/**
 * Extension point: decides what the cars do. Given code: do not change this interface. The tests add schedulers
 * of their own through it, and the system must run them without being edited.
 *
 * <p>A scheduler may keep state of its own between calls (one scheduler serves one system). It decides; the
 * system checks and executes.
 */
public interface Scheduler {
    /**
     * The move of car {@code car} for this tick. Asked once per tick for each car whose doors are closed, in
     * increasing car number, every time with the snapshot of the start of the tick.
     */
    Move next(int car, Snapshot snapshot);
}
