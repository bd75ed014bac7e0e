/**
 * Vending machine: design the states behind {@link dev.niche.lld.vendingmachine.VendingMachine}.
 *
 * <h2>The brief</h2>
 * A snack machine takes coins, sells what is in its slots, gives change and refunds, and is restocked by the
 * service staff. What a button does depends on the situation the machine is in, and the situations will grow
 * (the interviewer's next question is below), so each situation is a state object: the state pattern.
 * <ul>
 *   <li>{@link dev.niche.lld.vendingmachine.VendingMachines#create} is the one entry point. Fill it in and add
 *       whatever classes you design behind it, in this package or below.</li>
 *   <li>Your machine implements {@link dev.niche.lld.vendingmachine.VendingMachine} (what customers, staff and
 *       tests use). It holds one current {@link dev.niche.lld.vendingmachine.State}, checks each call's
 *       arguments, hands the call to the state together with a
 *       {@link dev.niche.lld.vendingmachine.VendingContext} (what states may do: the machine itself, or an
 *       object it keeps for them), and keeps the state the call returns. It never asks which state it is
 *       in.</li>
 *   <li>At least three states, one class each:
 *     <ul>
 *       <li><b>no credit</b>: a coin is accepted (credit); selecting is refused; a refund returns nothing;</li>
 *       <li><b>credit</b>: more coins add to the credit. Selecting a slot that is empty, or that costs more
 *           than the credit, is refused and the credit stays. Otherwise the machine sells: the product drops
 *           into the item tray, its price goes to the cash box, and the rest of the credit comes back as
 *           change in the coin return. A refund returns the whole credit;</li>
 *       <li><b>sold out</b> (every slot empty): a coin is not accepted but drops straight into the coin
 *           return; selecting is refused; a refund returns nothing.</li>
 *     </ul>
 *     Restocking adds products to a slot in every one of these states. The machine starts sold out if every
 *     slot is empty, and with no credit otherwise.</li>
 *   <li>A refused call throws {@link java.lang.IllegalStateException} and changes nothing. Its message is for
 *       the customer: it says "sold out" when the slot (or the whole machine) is empty, whatever the credit,
 *       and otherwise how many cents are missing, e.g. "insert 40 more cents" (with no credit, that is the
 *       whole price).</li>
 *   <li>Money is conserved: at every moment, the coins inserted add up to the cash box, plus every cent the
 *       coin return gave back (change, refunds, refused coins), plus the credit. A product is never sold
 *       without its price in credit, and never from an empty slot.</li>
 * </ul>
 *
 * <h2>What the interviewer asks next</h2>
 * "The staff need a maintenance mode: while the door is open the machine refuses to sell, coins come straight
 * back, and restocking works." The tests write that state themselves, as a
 * {@link dev.niche.lld.vendingmachine.State} that only uses {@code VendingContext}, hand it to your machine
 * with {@link dev.niche.lld.vendingmachine.VendingMachine#enter} and close the door with
 * {@link dev.niche.lld.vendingmachine.VendingMachine#resume}. It must work without an edit to your code. A
 * machine that switches over an enum of its states cannot run a state it has never heard of.
 *
 * <h2>How it is checked</h2>
 * Scenarios and random sequences of coins, selections, refunds and restocks against a model, and the money
 * conservation above; the test's own maintenance state. The design checks: no switch over an enum (of states,
 * or any other: {@code Coin} knows its cents) and no {@code instanceof} on the kata's types, and at least three
 * classes implement {@code State}.
 *
 * <h2>Non-goals</h2>
 * Paying change in particular coins (the coin return pays any amount), a limit on credit, card payment, threads
 * (one customer at a time), and persistence.
 *
 * <h2>Bad input</h2>
 * Checked by the machine before any state sees the call. A null slot list, slot, code, product, coin or state
 * throws {@link java.lang.NullPointerException} whose message names it ("slots", "slot", "code", "product",
 * "coin", "state"). An empty slot list, two slots with the same code, a blank code or product, a price below 1
 * or a negative count throws {@link java.lang.IllegalArgumentException} naming what is wrong ("slots", the
 * duplicated code, "code", "product", "price", "count"). A code no slot has throws
 * {@code IllegalArgumentException} naming that code, and so does a restock count below 1 ("count").
 */
package dev.niche.lld.vendingmachine;
