package dev.niche.distributed.raft;

import dev.niche.distributed.sim.Address;

/**
 * The messages between clients and nodes. Given code: do not change. Registers hold {@code long}s and start at 0.
 * Your node-to-node messages (RequestVote, AppendEntries and their replies) are yours to design: records, in your
 * own files or nested in {@link RaftNode}.
 */
public final class Protocol {
    private Protocol() {
    }

    /** A client asks to set {@code key} to {@code value}. */
    public record Put(String key, long value) {
    }

    /** A client asks for the value of {@code key}; it goes through the log like a put, so it never reads stale. */
    public record Get(String key) {
    }

    /** The answer to a {@link Put}: the command is committed and applied. */
    public record PutOk(String key) {
    }

    /** The answer to a {@link Get}: the value once the command was applied. */
    public record GetOk(String key, long value) {
    }

    /**
     * The answer of a node that is not the leader: the request was not taken, and the client should try {@code
     * leader}, or another node if the hint is {@code null} (no leader known in this node's term).
     */
    public record NotLeader(Address leader) {
    }
}
