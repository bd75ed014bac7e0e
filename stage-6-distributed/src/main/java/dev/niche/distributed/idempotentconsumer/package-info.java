/**
 * <h2>Idempotent consumer: exactly-once effects on at-least-once delivery, in bounded memory</h2>
 *
 * <p>Two payment services send payments to a ledger service. The network between them loses, delays, reorders
 * and duplicates messages, so each producer resends a payment until the ledger acknowledges it: delivery is
 * <em>at least once</em>. Money, however, must move exactly once. The ledger service can crash and restart, and
 * it runs for months: "remember every payment id ever seen" works on day one and runs out of memory later.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.idempotentconsumer.Consumer}, a
 * {@link dev.niche.distributed.sim.Node} that receives the {@link dev.niche.distributed.idempotentconsumer.Protocol}
 * payments of the given {@link dev.niche.distributed.idempotentconsumer.Producer}s:
 * <ol>
 *   <li><b>Deduplicate by sequence number.</b> Each producer numbers its payments 1, 2, 3, ... Keep, per producer,
 *       a <em>low-water mark</em> (every payment up to it is applied) and the few numbers above it that are
 *       applied already. A payment at or below the mark, or in that set, is a duplicate. When the payment just
 *       above the mark is applied, raise the mark past every number that follows without a gap, and forget them.</li>
 *   <li><b>Stay bounded.</b> A producer never has more than {@code Producer.WINDOW} payments unacknowledged, so a
 *       payment never arrives more than a window ahead of the mark: the set above the mark stays small.</li>
 *   <li><b>Survive crashes.</b> Apply a payment, then store the ledger and the dedup memory together in one
 *       {@code put}, then acknowledge. A crash before the put loses the payment and its acknowledgement, and the
 *       producer sends it again; a crash after it forgets nothing.</li>
 * </ol>
 *
 * <p><b>The checks.</b> Examples on a reliable network, from a scripted sender (duplicates, gaps, a restart, bad
 * payments); then, over 200 seeds, runs where two producers send 150 payments each through loss, reordering and
 * heavy duplication while the consumer crashes and restarts: after a quiet period the ledger must equal the
 * exactly-once model (every payment applied once), with one durable write per payment; and the dedup memory,
 * checked after every event, must never exceed {@code WINDOW + 1} per producer (200 seeds). {@code -Dkata.seed=S}
 * replays one seed.
 */
package dev.niche.distributed.idempotentconsumer;
