/**
 * <h2>Transactional outbox: a change of state and the message about it, stored as one</h2>
 *
 * <p>A shop's order service stores orders, and the shipping service must ship each stored order exactly once.
 * The obvious code stores the order and then sends "order placed" to shipping. That is two writes to two systems,
 * and nothing makes them happen together: if the message is lost, or the service crashes just after storing, the
 * customer has an accepted order that never ships; send first and store second, and a crash ships an order that
 * does not exist. Retrying the send from memory does not help either: a crash forgets what was still to send.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.transactionaloutbox.OrderService}, a
 * {@link dev.niche.distributed.sim.Node} that answers the
 * {@link dev.niche.distributed.transactionaloutbox.Protocol} requests of clients and tells the given
 * {@link dev.niche.distributed.transactionaloutbox.Shipping} node about every order:
 * <ol>
 *   <li><b>One write.</b> Keep the orders and an <em>outbox</em> of events not yet delivered in one immutable value.
 *       A new order adds itself and its {@code OrderPlaced} event, with the next event id, in a single
 *       {@code storage().put}: the simulator's put is your database transaction. Only then answer the client.</li>
 *   <li><b>A relay.</b> On a timer, send every event in the outbox to shipping, again and again, until shipping
 *       acknowledges it; then remove it, with another put. Delivery is at least once, and it survives crashes,
 *       because the relay works from what is stored, not from what it remembers.</li>
 *   <li><b>Dedup at the consumer.</b> Shipping (given) ships an event id once and acknowledges every copy, so the
 *       relay's repeats cost messages, never a second shipment. Event ids must therefore never be reused.</li>
 * </ol>
 *
 * <p><b>The checks.</b> Examples on a reliable network (one order, concurrent clients, a repeated order id, a
 * restart, bad requests). Then two properties over a network that loses 10% and duplicates 20% of the messages
 * between the nodes, each ending with a quiet period on a reliable network and a restart of both nodes. First,
 * crash at every step: for each of 200 seeds, six orders are run once without faults of the nodes, and then once
 * for each step the order service took (each message or timer it handled) until everything was shipped, crashing it
 * right after that step and restarting it soon after. Second, 24 orders per seed (200 seeds) while both the order
 * service and shipping crash and restart at random times. In every run, every acknowledged order must be stored,
 * every stored order shipped exactly once and as ordered, nothing shipped that is not stored, the outbox empty at the
 * end, and no handler call may make more than one durable write (the simulator can crash only between handler calls;
 * a real machine can crash between two writes). {@code -Dkata.seed=S} replays one seed.
 */
package dev.niche.distributed.transactionaloutbox;
