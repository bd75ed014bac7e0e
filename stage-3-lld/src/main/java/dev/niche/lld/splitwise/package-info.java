/**
 * <h2>Design Splitwise: shared expenses and who pays whom</h2>
 * The interviewer's brief, and your statement. You design every class behind the facade {@link
 * dev.niche.lld.splitwise.Group}; the tests reach your code only through {@link
 * dev.niche.lld.splitwise.Splitwise}, the one class you fill in, and through the extension point {@link
 * dev.niche.lld.splitwise.SplitStrategy}. Every other file of this package is given code: do not change it. Add
 * as many classes as your design needs, here or in subpackages.
 *
 * <h3>Functional requirements</h3>
 * <ul>
 *   <li>A group has 1 to 8 members, known by distinct, non-blank names. Money is a whole number of cents.</li>
 *   <li>An expense: one member paid {@code amountCents} for some participants (members, each named once; the
 *       payer need not be one of them). A {@link dev.niche.lld.splitwise.SplitStrategy} says what share of the
 *       amount each participant owes. The payer's balance goes up by the amount and each participant's goes
 *       down by their share.</li>
 *   <li>Four strategies come with the group, built by {@link dev.niche.lld.splitwise.Splitwise}: equally, by exact
 *       amounts, by whole percentages, and by shares (weights such as 2:1:1).</li>
 *   <li>The rounding rule of equally, percentages and shares: each participant first gets the amount times their
 *       weight divided by the total weight, rounded down. The cents left over (fewer than the participants) go
 *       one each to the participants with a weight above 0, in the order of the participants list, starting
 *       with the first. Equally is shares of 1 each: 1000 among three is 334, 333, 333.</li>
 *   <li>A member may pay another directly (settling up); it moves their balances like an expense would.</li>
 *   <li>Settling up suggests the fewest transfers that bring every balance to 0. Each transfer goes from a
 *       member who owes (balance below 0) to a member who is owed (balance above 0), for a positive amount.
 *       Finding the fewest is hard in general, which is why groups stay small: with at most 8 members an exact
 *       search is cheap. The suggestion changes nothing until the members {@linkplain
 *       dev.niche.lld.splitwise.Group#pay pay}.</li>
 * </ul>
 *
 * <h3>What the interviewer will ask for next</h3>
 * New ways to split: "the birthday person pays nothing", "by nights stayed". They will be new implementations of
 * {@code SplitStrategy}, written by someone else; your group must take them as they are, with no edit. The tests
 * do exactly that. Since a strategy is not your code, the group checks what it returns.
 *
 * <h3>Design rules the grader checks</h3>
 * <ul>
 *   <li>No code asks a split strategy what type it is: no {@code instanceof}, no switch on a type tag, no
 *       {@code Map<Class<?>, ...>} (open/closed).</li>
 *   <li>The group knows splitting only through {@code SplitStrategy}. {@code Splitwise} is your composition root:
 *       apart from the strategies themselves, it is the one class that may name a concrete strategy (dependency
 *       inversion).</li>
 * </ul>
 *
 * <h3>Non-goals</h3>
 * Currencies, several groups sharing members, editing or deleting an expense, persistence, concurrency.
 *
 * <h3>Bad input</h3>
 * <ul>
 *   <li>A null argument throws {@link java.lang.NullPointerException} whose message names it ("members",
 *       "payer", "participants", "strategy", "from", "to", "cents", "percent", "shares").</li>
 *   <li>{@link java.lang.IllegalArgumentException}, naming the argument: members that are none, more than 8,
 *       blank or repeated ("members"); a payer, participant or {@code pay} party who is not a member (the
 *       name); participants that are none or repeated ("participants"); an amount below 1 or above
 *       10<sup>12</sup> ("amountCents"); paying yourself ("to") or paying less than 1 cent ("cents").</li>
 *   <li>Built-in strategies, when built: an exact amount below 0 ("cents"); percentages below 0 or not summing to
 *       100 ("percent"); shares below 0, above 10<sup>6</sup> or all 0 ("shares"). When splitting: exact amounts
 *       that do not sum to the expense ("amountCents"); a participant with no entry in the map, or an entry for
 *       someone who does not take part ("participants"). Each throws {@code IllegalArgumentException}.</li>
 *   <li>A strategy whose result is not a split of the expense (a share below 0, a share for someone who does not
 *       take part, a participant left out, or shares that do not sum to the amount) makes {@code addExpense}
 *       throw {@link java.lang.IllegalStateException} whose message contains "split".</li>
 *   <li>An expense or payment that is refused changes nothing.</li>
 * </ul>
 */
package dev.niche.lld.splitwise;
