/**
 * <b>Bank transfers without deadlock</b> (checkpoint 4.1: spot a race and pick the primitive).
 *
 * <p>A payments service keeps customer balances in memory and moves money between them on many request threads.
 * The first version guarded the whole bank with one lock: correct, but every transfer queued behind every other
 * one. The second version gave each account its own lock and took them in the natural order, "lock the payer,
 * then the payee". It passed every test, then froze in production one busy evening: Alice paid Bob at the very
 * moment Bob paid Alice. Each thread held its payer's lock and waited forever for the other's.
 *
 * <p><b>Your task:</b> implement {@link dev.niche.concurrency.banktransfer.Bank} with one lock per account. A
 * transfer locks exactly its two accounts, in an order that does not depend on the direction of the transfer,
 * so no two transfers can wait for each other in a circle. {@code totalBalance()} must see every transfer whole:
 * lock all accounts, in that same order. {@link dev.niche.concurrency.banktransfer.Ledger} is given.
 *
 * <p>The examples run on one thread: moving money, refusing bad transfers without changing anything, and the
 * ledger. The concurrency checks then run threads that transfer in opposite directions (a deadlock is reported
 * as soon as it forms, with who holds which lock and waits for which), compare every final balance with the
 * transfers that succeeded, read the total while transfers run, and hold one transfer inside the ledger to see
 * that a transfer on two other accounts still goes through while one that shares an account waits.
 */
package dev.niche.concurrency.banktransfer;
