package dev.niche.distributed.sim;

import java.util.List;
import java.util.Random;

/** What a node can do while it handles a message or a timer. Given code: do not change. */
public interface Context {

    /** This node's address. */
    Address self();

    /** Every node of the system, this one included, in order n1, n2, ... */
    List<Address> nodes();

    /** Every node except this one. */
    List<Address> peers();

    /** The simulated time in milliseconds. Nodes' clocks agree here; do not rely on that across real machines. */
    long now();

    /**
     * Sends {@code message} to a node or a client. Between nodes the network may delay, drop, duplicate or reorder
     * it, and a partition may cut it off; nothing tells you. Send immutable values (records).
     */
    void send(Address to, Object message);

    /** Calls {@link Node#onTimer} with {@code timer} after {@code delayMillis} of simulated time, unless this node crashes first. */
    void setTimer(long delayMillis, Object timer);

    /** This node's random numbers, seeded by the simulation: use these, never {@code new Random()}, so runs replay. */
    Random random();

    /** What survives a crash of this node. */
    Storage storage();

    /** Adds a line to the trace a failing check prints. */
    void log(String line);
}
