package dev.niche.distributed.raft;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;

/**
 * One node of the Raft cluster (see the package statement for the algorithm and the checks).
 *
 * <p>Contract:
 * <ul>
 *   <li>A node that is not the leader answers a {@link Protocol.Put} or {@link Protocol.Get} at once with {@link
 *       Protocol.NotLeader} (naming the leader of its term if it knows one) and appends nothing.</li>
 *   <li>The leader appends the command to its log and answers the client with what {@link KeyValueStore#apply}
 *       returned, once the entry is committed and applied. If it loses leadership first, it does not answer (the
 *       client times out; the command may or may not take effect).</li>
 *   <li>Every node applies each committed command to {@link #store()} exactly once, in log order, and never an
 *       entry that is not committed.</li>
 *   <li>{@code currentTerm}, {@code votedFor} and the log are in {@link Context#storage()} before any message that
 *       depends on them is sent; a restarted node loads them in {@code onStart}.</li>
 *   <li>A request whose key is null is a client bug: answer nothing, append nothing, and {@code context.log} why.</li>
 * </ul>
 * The checks call {@link #currentTerm()}, {@link #role()} and {@link #store()} between events to watch the cluster.
 */
public final class RaftNode implements Node {

    // Given code: do not change.
    private final KeyValueStore store = new KeyValueStore();

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: load term, vote and log from storage; start the election timer");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: handle client requests, RequestVote, AppendEntries and replies");
    }

    @Override
    public void onTimer(Context context, Object timer) {
        throw new UnsupportedOperationException("TODO: start an election on timeout; send heartbeats as leader");
    }

    /** The latest term this node has seen (0 before any election). */
    public long currentTerm() {
        throw new UnsupportedOperationException("TODO: return the current term");
    }

    /** What this node is in {@link #currentTerm()}. */
    public Role role() {
        throw new UnsupportedOperationException("TODO: return this node's role");
    }

    /** The state machine this node applies committed commands to. Given code: do not change. */
    public KeyValueStore store() {
        return store;
    }
}
