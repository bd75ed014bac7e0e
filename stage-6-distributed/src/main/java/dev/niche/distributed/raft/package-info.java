/**
 * <h2>Raft: one log, agreed on by a majority, that survives leaders</h2>
 *
 * <p>A small key-value service runs on three or five nodes and must keep working when a minority of them is down
 * or cut off, without ever answering two clients inconsistently. The nodes keep one replicated <em>log</em> of
 * commands; every node applies the same commands in the same order to its own copy of the state machine (a {@link
 * dev.niche.distributed.raft.KeyValueStore}), so every copy goes through the same states. Raft (Ongaro and
 * Ousterhout, 2014) agrees on that log: one elected leader at a time appends client commands and replicates them.
 *
 * <p><b>Build</b> {@link dev.niche.distributed.raft.RaftNode}, a {@link dev.niche.distributed.sim.Node}:
 * <ol>
 *   <li><b>Terms and elections.</b> Time is divided into numbered terms, each with at most one leader. A
 *       follower that hears nothing from a leader for its election timeout (random, from {@code
 *       context.random()}: 150 to 300 ms works well here) starts a new term as a candidate, votes for itself and
 *       sends RequestVote to every peer. A node grants at most one vote per term, and only to a candidate whose log
 *       is at least as up to date as its own (a higher last term, or the same last term and at least as long). A
 *       candidate with votes from a majority becomes leader. Any message with a higher term makes the receiver
 *       adopt that term and become a follower.</li>
 *   <li><b>Replication.</b> The leader appends each client command to its log with its term and sends
 *       AppendEntries to every follower: the entries after some index, with the index and term of the entry just
 *       before them. A follower accepts only if its log has that entry (the consistency check), deletes any
 *       conflicting entries and appends the new ones. On a rejection the leader steps back and retries, until the
 *       follower's log matches its own. Empty AppendEntries, sent on a timer (every 50 ms), are the heartbeats that
 *       keep followers from starting elections.</li>
 *   <li><b>Commitment.</b> An entry is committed once the leader knows that a majority stores it, and only for an
 *       entry of the leader's current term; entries before it are then committed too. The leader tells followers
 *       its commit index in AppendEntries. Each node applies committed entries, in order, to its store; the leader
 *       then answers the waiting client with what the store returned.</li>
 *   <li><b>Persistence.</b> {@code currentTerm}, {@code votedFor} and the log go to {@code context.storage()}
 *       before any message that depends on them is sent, so that a restarted node neither votes twice in a term
 *       nor forgets entries it acknowledged. The commit index and the store are rebuilt from the leader.</li>
 * </ol>
 * Clients may send a {@link dev.niche.distributed.raft.Protocol.Put} or {@link
 * dev.niche.distributed.raft.Protocol.Get} to any node; a node that is not the leader answers {@link
 * dev.niche.distributed.raft.Protocol.NotLeader}, naming the leader it knows of. Reads go through the log like
 * writes, so a deposed leader can never answer one from stale state.
 *
 * <p><b>The checks.</b> Examples on a reliable network (one leader emerges; a put commits, is answered and is applied
 * on every node; a follower redirects; a restarted follower catches up; a full restart keeps terms and the log;
 * a null key). Then 100 seeds, each a run of three clients under loss, duplication and reordering, with the leader
 * cut off with a minority, or a random minority cut off, or the leader crashed, then another node crashed and
 * restarted, then a quiet period. Between events the checks watch every node's {@code currentTerm()}, {@code
 * role()} and {@code store().applied()}: at most one leader per term; every node's applied commands a prefix of
 * one sequence, which keeps every command a node applied and every put a client was answered; client histories
 * linearizable; and after the quiet period a leader that answers a new put, applied on every node. Last, on a
 * network that loses nothing, an idle cluster sends at most 80 (N - 1) messages a second (a heartbeat round every
 * 25 ms) and each command costs at most 4 N messages more (50 seeds). A failure prints the seed, what went wrong
 * and the trace; {@code -Dkata.seed=S} replays one seed.
 */
package dev.niche.distributed.raft;
