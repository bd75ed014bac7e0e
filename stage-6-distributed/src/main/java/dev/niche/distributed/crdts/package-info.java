/**
 * <h2>CRDTs: replicas that accept writes while apart and still agree</h2>
 *
 * <p>A like counter and a shopping cart are replicated in three regions, and each region takes writes even while
 * the links between regions are down. When the regions talk again, they must end up in the same state, whatever
 * order their messages arrive in and however often they are repeated, and without losing anybody's click. A
 * <em>state-based CRDT</em> (conflict-free replicated data type) gets there by design: each replica updates its
 * own state and now and then sends the whole state to others, and {@code merge} is commutative, associative and
 * idempotent, so every delivery order and every duplicate leads to the same result.
 *
 * <p><b>Build</b> four immutable CRDTs, each with {@code merge} and an {@code equals} that compares the
 * information held:
 * <ul>
 *   <li>{@link dev.niche.distributed.crdts.GCounter}: a counter that only grows;</li>
 *   <li>{@link dev.niche.distributed.crdts.PNCounter}: a counter that also goes down;</li>
 *   <li>{@link dev.niche.distributed.crdts.LwwRegister}: one value, the write with the highest (timestamp,
 *       replica) stamp wins;</li>
 *   <li>{@link dev.niche.distributed.crdts.OrSet}: a set where an add wins over a concurrent remove, and a remove
 *       undoes only the adds it has seen.</li>
 * </ul>
 * The trap in each is the same: a merge must never count, keep or delete something twice, and must never forget
 * what the other side did while apart.
 *
 * <p><b>The checks.</b> Examples and bad input. Properties (jqwik, 200 random cases per type, shrunk to a small
 * one on failure): merge is commutative, associative and idempotent, and a merged state holds the value of
 * everything both sides saw; three replicas apply random operations and send their states to each other, while
 * the network delivers them in any order and sometimes twice, and after every step each replica's value must equal
 * the sequential specification for the operations it has seen (the sum of the increments minus the decrements;
 * the write with the highest stamp; the elements with an add that no remove had seen); at the end all states are
 * equal. Last, a simulation over 200 seeds: 3 to 5 nodes keep a PN-counter and an OR-set, clients change them at
 * random nodes, and the nodes gossip their states under loss, duplication and a partition that heals; after a
 * quiet second every node must hold the same states, with the counter equal to the sum of the clients' changes.
 */
package dev.niche.distributed.crdts;
