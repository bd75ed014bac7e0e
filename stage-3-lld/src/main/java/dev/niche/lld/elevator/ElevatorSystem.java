package dev.niche.lld.elevator;

/**
 * The facade the tests drive: the cars of one building, their requests and their clock. Given code: do not
 * change it. The brief is in {@code package-info.java}.
 */
public interface ElevatorSystem {
    /** A hall call: someone at {@code floor} wants to go in {@code direction}. */
    void call(int floor, Direction direction);

    /** A car call: someone in car {@code car} pressed {@code floor}. */
    void press(int car, int floor);

    /**
     * Advances the simulation by one tick:
     * <ol>
     *   <li>the state at the start of the tick is taken as one {@link Snapshot};</li>
     *   <li>every car whose doors are open closes them during this tick, and is not asked for a move;</li>
     *   <li>the scheduler is asked for the move of every other car, in increasing car number, each time with
     *       that same snapshot;</li>
     *   <li>every move is checked against the safety rules; if one breaks a rule, this method throws and the
     *       tick changes nothing;</li>
     *   <li>all the moves take effect together: {@code UP} and {@code DOWN} move one floor, {@code OPEN} opens
     *       the doors and serves the requests of that floor, {@code WAIT} does nothing.</li>
     * </ol>
     *
     * @throws IllegalStateException when the scheduler asks a car to leave the building, or to open its doors
     *                               where {@link Snapshot#requested} is false, or answers null
     */
    void tick();

    /** The state now, as a value that later calls do not change. */
    Snapshot state();
}
