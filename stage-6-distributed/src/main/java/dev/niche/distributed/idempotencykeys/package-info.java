/**
 * <h2>Idempotency keys: a payments API that charges once, however clients retry</h2>
 *
 * <p>A shop calls your payments API to charge a customer. The answer is slow, because the API waits for a payment
 * provider, and the shop's request times out, or the customer double-clicks "Pay", so the same payment arrives
 * twice, sometimes both at once. Each request therefore carries an <em>idempotency key</em> the client picks once
 * per payment and sends again on every retry. The API must charge each key at most once, give every retry the
 * same answer, and refuse to reuse a key for a different payment.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.idempotencykeys.PaymentsApi}, a {@link dev.niche.distributed.sim.Node}
 * that receives {@link dev.niche.distributed.idempotencykeys.Protocol.Charge} requests and charges through the
 * given {@link dev.niche.distributed.idempotencykeys.Provider}:
 * <ol>
 *   <li><b>Claim the key before acting.</b> Looking the key up, finding nothing, and charging is not enough: a
 *       retry arriving while the charge is on its way finds nothing too. Store an "executing" record (key, body,
 *       attempt) first, then send the debit; a retry that finds it gets "in progress".</li>
 *   <li><b>Replay, or refuse.</b> Store the response with the key. The same key and body gets that response again,
 *       byte for byte; the same key with another body gets a conflict naming the key.</li>
 *   <li><b>Survive a crash in the middle.</b> After a restart, an executing record means "a charge may or may not
 *       have happened". Resend the same attempt: the provider charges an attempt once and answers its copies
 *       with the original receipt.</li>
 *   <li><b>Forget, eventually.</b> Completed keys expire after {@code Protocol.KEY_TTL_MILLIS}, so the store
 *       stays bounded.</li>
 * </ol>
 *
 * <p><b>The checks.</b> Examples on a reliable network: the first charge, an identical replay (also after a
 * restart), a conflict on a different body, expiry, and bad input. Concurrency: a retry while the first request is
 * in flight, and a request in flight at a crash, both on a reliable network; then, over 200 seeds, ten customers
 * whose clients double-click and retry on every timeout or "in progress" while the network loses, duplicates and
 * delays the API's messages to the provider and the API crashes and restarts: the provider's ledger must show
 * each key charged at most once, every success for a key must be the same response, every customer must get
 * one, and the sum charged must equal the sum of the keys answered. {@code -Dkata.seed=S} replays one seed.
 */
package dev.niche.distributed.idempotencykeys;
