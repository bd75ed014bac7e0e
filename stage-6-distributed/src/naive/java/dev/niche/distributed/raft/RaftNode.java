package dev.niche.distributed.raft;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import dev.niche.distributed.sim.Storage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Raft with the classic shortcut: the leader counts an entry as committed as soon as it has appended it, applies it
 * and answers the client, then replicates it. Elections, votes and log repair are right. On a healthy network it
 * looks fine; but a leader cut off with a minority goes on answering, and the entries it answered for are replaced
 * by the new leader's once the partition heals.
 */
public final class RaftNode implements Node {

    record Entry(long term, Object command) {
    }

    record RequestVote(long term, long lastLogIndex, long lastLogTerm) {
    }

    record Vote(long term, boolean granted) {
    }

    /** {@code entries} follow index {@code prevIndex}, whose term must be {@code prevTerm} on the follower. */
    record AppendEntries(long term, long prevIndex, long prevTerm, List<Entry> entries, long leaderCommit) {
        @Override
        public String toString() { // short, for the trace: a heartbeat carries no entries
            String carried = entries.isEmpty() ? "no entries" : entries.size() == 1 ? "1 entry " + entries.get(0)
                    : entries.size() + " entries from " + entries.get(0);
            return "AppendEntries[term=" + term + ", prev=" + prevIndex + "@" + prevTerm + ", " + carried + ", commit="
                    + leaderCommit + "]";
        }
    }

    /** On success {@code index} is the last index known to match; on failure, the highest index that still may. */
    record AppendReply(long term, boolean success, long index) {
    }

    record ElectionTimeout() {
    }

    record Heartbeat(long term) {
    }

    /** A client waiting for the entry at some index, if it is still the entry of this term when applied. */
    private record Waiting(long term, Address client) {
    }

    private static final long HEARTBEAT_MILLIS = 50;
    private static final long ELECTION_MIN_MILLIS = 150;
    private static final long ELECTION_SPREAD_MILLIS = 150;
    private static final int MAX_BATCH = 64;

    // Given code: do not change.
    private final KeyValueStore store = new KeyValueStore();

    // durable (mirrors of storage)
    private long currentTerm;
    private Address votedFor;
    private long lastIndex;

    // lost in a crash
    private Role role = Role.FOLLOWER;
    private Address leader;
    private long commitIndex;
    private long lastApplied;
    private long electionDeadline;
    private long electionTimerAt = Long.MAX_VALUE; // when the earliest pending ElectionTimeout fires
    private final Set<Address> votes = new HashSet<>();
    private final Map<Address, Long> nextIndex = new HashMap<>();
    private final Map<Address, Long> matchIndex = new HashMap<>();
    private final Map<Long, Waiting> waiting = new HashMap<>();

    @Override
    public void onStart(Context context) {
        Storage storage = context.storage();
        currentTerm = storage.<Long>get("term").orElse(0L);
        votedFor = storage.<String>get("votedFor").map(Address::new).orElse(null);
        lastIndex = storage.<Long>get("lastIndex").orElse(0L);
        resetElectionTimer(context);
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.Put || message instanceof Protocol.Get) {
            onClientRequest(context, from, message);
        } else if (message instanceof RequestVote request) {
            onRequestVote(context, from, request);
        } else if (message instanceof Vote vote) {
            onVote(context, from, vote);
        } else if (message instanceof AppendEntries append) {
            onAppendEntries(context, from, append);
        } else if (message instanceof AppendReply reply) {
            onAppendReply(context, from, reply);
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        if (timer instanceof ElectionTimeout) {
            if (context.now() >= electionTimerAt) {
                electionTimerAt = Long.MAX_VALUE;
            }
            if (role != Role.LEADER) {
                if (context.now() >= electionDeadline) {
                    startElection(context);
                } else {
                    armElectionTimer(context);
                }
            }
        } else if (timer instanceof Heartbeat heartbeat && heartbeat.term() == currentTerm && role == Role.LEADER) {
            context.peers().forEach(peer -> sendAppend(context, peer));
            context.setTimer(HEARTBEAT_MILLIS, heartbeat);
        }
    }

    /** The latest term this node has seen. */
    public long currentTerm() {
        return currentTerm;
    }

    /** What this node is in {@link #currentTerm()}. */
    public Role role() {
        return role;
    }

    /** The state machine this node applies committed commands to. Given code: do not change. */
    public KeyValueStore store() {
        return store;
    }

    // ---- clients ----

    private void onClientRequest(Context context, Address client, Object command) {
        String key = command instanceof Protocol.Put put ? put.key() : ((Protocol.Get) command).key();
        if (key == null) {
            context.log("ignoring " + command + " from " + client + ": the key is null");
            return;
        }
        if (role != Role.LEADER) {
            context.send(client, new Protocol.NotLeader(leader));
            return;
        }
        lastIndex++;
        context.storage().put("log/" + lastIndex, new Entry(currentTerm, command));
        context.storage().put("lastIndex", lastIndex);
        waiting.put(lastIndex, new Waiting(currentTerm, client));
        commitIndex = lastIndex; // stored here, so why wait?
        applyCommitted(context);
        context.peers().forEach(peer -> sendAppend(context, peer));
    }

    // ---- elections ----

    private void startElection(Context context) {
        adoptTerm(context, currentTerm + 1);
        role = Role.CANDIDATE;
        votedFor = context.self();
        context.storage().put("votedFor", votedFor.name());
        votes.add(context.self());
        context.log("starts an election for term " + currentTerm);
        RequestVote request = new RequestVote(currentTerm, lastIndex, termAt(context, lastIndex));
        context.peers().forEach(peer -> context.send(peer, request));
        resetElectionTimer(context); // a split vote ends in a new election with a new random timeout
        winIfMajority(context);
    }

    private void onRequestVote(Context context, Address candidate, RequestVote request) {
        if (request.term() > currentTerm) {
            stepDown(context, request.term());
        }
        long myLastTerm = termAt(context, lastIndex);
        boolean upToDate = request.lastLogTerm() > myLastTerm
                || (request.lastLogTerm() == myLastTerm && request.lastLogIndex() >= lastIndex);
        boolean grant = request.term() == currentTerm && upToDate
                && (votedFor == null || votedFor.equals(candidate));
        if (grant) {
            votedFor = candidate;
            context.storage().put("votedFor", candidate.name()); // durable before the vote leaves
            resetElectionTimer(context);
        }
        context.send(candidate, new Vote(currentTerm, grant));
    }

    private void onVote(Context context, Address voter, Vote vote) {
        if (vote.term() > currentTerm) {
            stepDown(context, vote.term());
        } else if (role == Role.CANDIDATE && vote.term() == currentTerm && vote.granted()) {
            votes.add(voter);
            winIfMajority(context);
        }
    }

    private void winIfMajority(Context context) {
        if (role != Role.CANDIDATE || votes.size() * 2 <= context.nodes().size()) {
            return;
        }
        role = Role.LEADER;
        leader = context.self();
        context.log("is leader of term " + currentTerm);
        for (Address peer : context.peers()) {
            nextIndex.put(peer, lastIndex + 1);
            matchIndex.put(peer, 0L);
        }
        onTimer(context, new Heartbeat(currentTerm)); // announce at once, then every HEARTBEAT_MILLIS
    }

    // ---- replication ----

    private void sendAppend(Context context, Address peer) {
        long next = nextIndex.get(peer);
        long prev = next - 1;
        long last = Math.min(lastIndex, prev + MAX_BATCH);
        List<Entry> entries = new ArrayList<>();
        for (long i = next; i <= last; i++) {
            entries.add(entryAt(context, i));
        }
        context.send(peer, new AppendEntries(currentTerm, prev, termAt(context, prev), List.copyOf(entries),
                commitIndex));
    }

    private void onAppendEntries(Context context, Address from, AppendEntries append) {
        if (append.term() < currentTerm) {
            context.send(from, new AppendReply(currentTerm, false, lastIndex)); // a stale leader learns the term
            return;
        }
        if (append.term() > currentTerm || role != Role.FOLLOWER) {
            stepDown(context, append.term());
        }
        leader = from;
        resetElectionTimer(context);
        if (append.prevIndex() > lastIndex || termAt(context, append.prevIndex()) != append.prevTerm()) {
            context.send(from, new AppendReply(currentTerm, false, Math.min(lastIndex, append.prevIndex() - 1)));
            return;
        }
        long index = append.prevIndex();
        for (Entry entry : append.entries()) {
            index++;
            if (index <= lastIndex && termAt(context, index) == entry.term()) {
                continue; // already here: an old or duplicated message must not cut the log short
            }
            context.storage().put("log/" + index, entry);
            lastIndex = index; // a conflict drops everything after it
        }
        context.storage().put("lastIndex", lastIndex);
        long matched = append.prevIndex() + append.entries().size();
        if (append.leaderCommit() > commitIndex) {
            commitIndex = Math.min(append.leaderCommit(), matched); // only what is known to match the leader
            applyCommitted(context);
        }
        context.send(from, new AppendReply(currentTerm, true, matched));
    }

    private void onAppendReply(Context context, Address follower, AppendReply reply) {
        if (reply.term() > currentTerm) {
            stepDown(context, reply.term());
            return;
        }
        if (role != Role.LEADER || reply.term() != currentTerm) {
            return;
        }
        if (reply.success()) {
            if (reply.index() > matchIndex.get(follower)) {
                matchIndex.put(follower, reply.index());
                nextIndex.put(follower, Math.max(nextIndex.get(follower), reply.index() + 1));
            }
        } else {
            // back up to just after the follower's log (or one step), never below what is known to match
            long next = Math.max(matchIndex.get(follower) + 1,
                    Math.min(nextIndex.get(follower) - 1, reply.index() + 1));
            if (next < nextIndex.get(follower)) {
                nextIndex.put(follower, next);
                sendAppend(context, follower);
            }
        }
    }

    private void applyCommitted(Context context) {
        while (lastApplied < commitIndex) {
            lastApplied++;
            Entry entry = entryAt(context, lastApplied);
            Object answer = store.apply(entry.command());
            Waiting client = waiting.remove(lastApplied);
            if (client != null && client.term() == entry.term()) {
                context.send(client.client(), answer);
            }
        }
    }

    // ---- terms ----

    private void stepDown(Context context, long term) {
        if (term > currentTerm) {
            adoptTerm(context, term);
        }
        if (role == Role.LEADER) {
            resetElectionTimer(context); // a follower keeps its deadline: a stale candidate must not silence it
        }
        role = Role.FOLLOWER;
        waiting.clear(); // their entries may still commit, but no one can promise it now: the clients time out
    }

    private void adoptTerm(Context context, long term) {
        currentTerm = term;
        votedFor = null;
        leader = null;
        votes.clear();
        context.storage().put("term", term);
        context.storage().remove("votedFor");
    }

    /** Moves the election deadline to a random time from now; a timer checks it then (most resets need none). */
    private void resetElectionTimer(Context context) {
        electionDeadline = context.now() + ELECTION_MIN_MILLIS + context.random().nextInt((int) ELECTION_SPREAD_MILLIS);
        armElectionTimer(context);
    }

    private void armElectionTimer(Context context) {
        if (electionDeadline < electionTimerAt) {
            electionTimerAt = electionDeadline;
            context.setTimer(electionDeadline - context.now(), new ElectionTimeout());
        }
    }

    private static Entry entryAt(Context context, long index) {
        return context.storage().<Entry>get("log/" + index).orElseThrow();
    }

    private long termAt(Context context, long index) {
        return index == 0 ? 0 : entryAt(context, index).term();
    }
}
