package dev.niche.distributed.raft;

/** What a node is in its current term. Given code: do not change. */
public enum Role {
    /** Answers the leader's AppendEntries and candidates' RequestVotes; waits for a heartbeat. */
    FOLLOWER,
    /** Asks for votes in a term it started. */
    CANDIDATE,
    /** Takes client commands, replicates them, decides what is committed. */
    LEADER
}
