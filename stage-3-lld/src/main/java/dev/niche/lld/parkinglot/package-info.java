/**
 * <h2>Design a parking lot</h2>
 * The interviewer's brief, and your statement. You design every class behind the facade {@link
 * dev.niche.lld.parkinglot.ParkingLot}; the tests reach your code only through {@link
 * dev.niche.lld.parkinglot.ParkingLots}, the one class you fill in, and through the two extension points
 * {@link dev.niche.lld.parkinglot.Vehicle} and {@link dev.niche.lld.parkinglot.PricingPolicy}. Every other file
 * of this package is given code: do not change it. Add as many classes as your design needs, here or in
 * subpackages.
 *
 * <h3>Functional requirements</h3>
 * <ul>
 *   <li>The lot has spots on one or more floors. Each {@link dev.niche.lld.parkinglot.Spot} has a floor, a
 *       number, a {@link dev.niche.lld.parkinglot.SpotSize} and may have a charger. The layout is fixed when the
 *       lot opens.</li>
 *   <li>A vehicle that enters gets a ticket for one free spot that it {@linkplain
 *       dev.niche.lld.parkinglot.Vehicle#fits fits}, or no ticket when no such spot is free. Only the vehicle
 *       knows what it fits: a motorcycle fits every spot, a car a medium or large one, a truck a large one.</li>
 *   <li>Among the free spots it fits, a vehicle gets the best fit: the smallest size; then a spot without a
 *       charger before one with a charger (chargers are kept for the vehicles that need them); then the lowest
 *       floor; then the lowest number.</li>
 *   <li>A spot holds one vehicle at a time, and a vehicle (known by its plate) is parked at most once.</li>
 *   <li>On exit the driver pays the fee that the lot's {@link dev.niche.lld.parkinglot.PricingPolicy} asks for
 *       the stay, the ticket is spent and the spot is free again. A pay station can quote the fee first.</li>
 *   <li>Time comes from the {@link java.time.InstantSource} the lot is opened with; the lot never reads the
 *       system clock.</li>
 *   <li>Two pricing policies come with the lot, built by {@link dev.niche.lld.parkinglot.ParkingLots}: a rate per
 *       started hour that depends on the spot size, and a daily cap that limits any other policy.</li>
 * </ul>
 *
 * <h3>What the interviewer will ask for next</h3>
 * An electric van that may park only at a large spot with a charger, and a weekend flat rate. Both will be new
 * implementations of the extension points, written by someone else; your code must take them as they are, with
 * no edit. The tests do exactly that.
 *
 * <h3>Design rules the grader checks</h3>
 * <ul>
 *   <li>No code asks a vehicle or a pricing policy what type it is: no {@code instanceof}, no switch on a type
 *       tag, no {@code Map<Class<?>, ...>} (open/closed). Switching over {@code SpotSize}, a closed set of
 *       values, is fine.</li>
 *   <li>The lot knows pricing only through {@code PricingPolicy}. {@code ParkingLots} is your composition root:
 *       apart from the policies themselves, it is the one class that may name a concrete policy (dependency
 *       inversion).</li>
 * </ul>
 *
 * <h3>Non-goals</h3>
 * Reservations, payment methods, receipts, several entrances, persistence, concurrency, prices in a currency
 * other than whole cents.
 *
 * <h3>Bad input</h3>
 * <ul>
 *   <li>A null argument throws {@link java.lang.NullPointerException} whose message names it ("vehicle",
 *       "ticketId", "spots", "spot", "pricing", "clock", "centsPerHour", "base").</li>
 *   <li>Opening a lot with no spots, or with two spots of the same floor and number, throws {@link
 *       java.lang.IllegalArgumentException} naming "spots". A rate table that misses a size or holds a
 *       negative rate throws one naming "centsPerHour"; a negative cap, one naming "cap".</li>
 *   <li>A ticket id the lot never issued throws {@link java.lang.IllegalArgumentException} naming the id.</li>
 *   <li>Quoting or exiting with a ticket that is already paid, and entering with a plate that is already
 *       parked, throw {@link java.lang.IllegalStateException} naming the ticket id or the plate.</li>
 *   <li>If the clock reads earlier than an instant the lot has already read, the operation throws {@link
 *       java.lang.IllegalStateException} whose message contains "clock", and changes nothing.</li>
 * </ul>
 */
package dev.niche.lld.parkinglot;
