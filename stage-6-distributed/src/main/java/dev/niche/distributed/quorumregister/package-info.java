/**
 * <h2>Quorum register: reads and writes that stay linearizable while replicas fail</h2>
 *
 * <p>A small configuration service keeps named values ({@code long}s) on three or five replicas. Clients may send a
 * read or a write to any replica, and the network between replicas loses, delays, duplicates and reorders
 * messages; now and then a minority of replicas is cut off, or crashes and restarts. Even so, every client must see
 * the registers as if there were one copy, changed at one instant within each call: the history must be
 * <em>linearizable</em>.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.quorumregister.Replica}, a {@link dev.niche.distributed.sim.Node}
 * that answers the {@link dev.niche.distributed.quorumregister.Protocol} requests with the ABD algorithm (Attiya,
 * Bar-Noy and Dolev). The replica that receives a request coordinates it:
 * <ol>
 *   <li><b>Query.</b> Ask every replica for its (timestamp, value) of the key, and wait for a majority. A
 *       timestamp is a pair (counter, replica name), compared by counter first.</li>
 *   <li><b>Store.</b> A write stores its value with a timestamp above every one it heard; a read stores the
 *       newest (timestamp, value) it heard, <em>writing it back</em>. A replica keeps what it is sent only if the
 *       timestamp is newer than its own. Wait for a majority of acknowledgements, then answer the client.</li>
 * </ol>
 * Any two majorities share a replica, so each query meets the latest completed store. Messages get lost: resend
 * to the replicas that have not answered, on a timer, until a majority has. Keep each register in
 * {@link dev.niche.distributed.sim.Context#storage()} so that a restarted replica remembers what it acknowledged.
 *
 * <p><b>The checks.</b> Examples on a reliable network; then, over 200 seeds each, runs with several clients
 * under loss, delay, duplication, a minority partition that heals and a crash with restart, whose histories must
 * be linearizable (the grader's Porcupine-style checker, key by key), whose final reads after a quiet period must
 * agree on every replica, and whose operations must cost at most 4 N messages between replicas when none is lost.
 * A failure prints the seed, the operations, the longest order the checker could explain, and the last lines of
 * the trace; {@code -Dkata.seed=S} replays one seed.
 */
package dev.niche.distributed.quorumregister;
