/**
 * <h2>Design an elevator system</h2>
 * The interviewer's brief, and your statement. You design every class behind the facade {@link
 * dev.niche.lld.elevator.ElevatorSystem}; the tests reach your code only through {@link
 * dev.niche.lld.elevator.ElevatorSystems}, the one class you fill in, and through the extension point {@link
 * dev.niche.lld.elevator.Scheduler}. Every other file of this package is given code: do not change it. Add as
 * many classes as your design needs, here or in subpackages.
 *
 * <h3>Functional requirements</h3>
 * <ul>
 *   <li>A building has the floors {@code lowest} to {@code highest} and one or more cars, numbered from 0. Every
 *       car starts at {@code lowest} with its doors closed.</li>
 *   <li>Requests: a hall call (a floor and the direction the caller wants to go) and a car call (a floor
 *       pressed inside one car). A request is pending until it is served; pressing a pending button again
 *       changes nothing.</li>
 *   <li>Time advances only by {@link dev.niche.lld.elevator.ElevatorSystem#tick()}: no threads, no sleeping. In
 *       one tick each car does one thing: moves one floor, opens its doors, closes them, or waits.</li>
 *   <li>A car whose doors are open spends the next tick closing them. Every other car gets its move from the
 *       {@link dev.niche.lld.elevator.Scheduler}; see {@link dev.niche.lld.elevator.ElevatorSystem#tick()} for
 *       the exact order.</li>
 *   <li>Doors that open at a floor serve every hall call at that floor and that car's car call for it. A
 *       button pressed where the doors are already open is served at once: a hall call when any car stands
 *       open at its floor, a car call when that car does.</li>
 *   <li>Safety belongs to the system, not to the scheduler: whatever a scheduler answers, no car leaves the
 *       building, moves with its doors open, or opens them at a floor nobody asked for. A move that would
 *       break one of these rules fails the tick, and nothing moves.</li>
 *   <li>The system comes with one scheduler, {@link dev.niche.lld.elevator.ElevatorSystems#look()}, a LOOK
 *       scheduler: a car keeps going in its direction while it has stops ahead, stopping at each on the way,
 *       then turns (or waits when it has none); each hall call is given to one car, the one that can reach it
 *       soonest, and the other cars do not move for it. With it, every request is served within
 *       {@code 6 * (highest - lowest + 1)} ticks of being made.</li>
 * </ul>
 *
 * <h3>What the interviewer will ask for next</h3>
 * Other schedulers: "nearest idle car" for the quiet hours, "car 0 only" while the others are serviced, one that
 * parks idle cars at the lobby. Each will be a new {@code Scheduler}, written by someone else and passed to
 * {@code ElevatorSystems.create}; your system must run it with no edit. The tests do exactly that, with a
 * scheduler of their own, and with a careless one that the system must keep safe.
 *
 * <h3>Design rules the grader checks</h3>
 * <ul>
 *   <li>No code asks a scheduler what type it is: no {@code instanceof}, no switch over a mode enum that
 *       stands for schedulers, no {@code Map<Class<?>, ...>} (open/closed). Switching over {@code Move} or
 *       {@code Direction}, closed sets of values, is fine.</li>
 *   <li>The system knows its scheduler only through {@code Scheduler}. {@code ElevatorSystems} is your
 *       composition root: apart from the schedulers themselves, it is the one class that may name a concrete
 *       scheduler (dependency inversion).</li>
 * </ul>
 *
 * <h3>Non-goals</h3>
 * Car capacity and load, door timing other than one tick, acceleration, direction lanterns (doors that open
 * serve both hall buttons of their floor), threads and real time.
 *
 * <h3>Bad input</h3>
 * <ul>
 *   <li>{@code create} with {@code highest <= lowest} throws {@link java.lang.IllegalArgumentException} naming
 *       "highest"; with fewer than one car, one naming "cars"; a null scheduler throws {@link
 *       java.lang.NullPointerException} naming "scheduler".</li>
 *   <li>A floor outside the building throws {@link java.lang.IllegalArgumentException} naming "floor"; a car
 *       number that does not exist, one naming "car"; a hall call up from the highest floor or down from the
 *       lowest, one naming "direction"; a null direction, {@link java.lang.NullPointerException} naming
 *       "direction". A rejected request leaves nothing pending.</li>
 *   <li>A scheduler's move that breaks a safety rule (or is null) makes {@code tick()} throw {@link
 *       java.lang.IllegalStateException} whose message names the car as "car N" (for example "car 0"); the tick
 *       then changes nothing.</li>
 * </ul>
 */
package dev.niche.lld.elevator;
