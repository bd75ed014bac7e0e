package dev.niche.distributed.sim;

/**
 * What you write: a node of a distributed system, as handlers the simulator calls one at a time. Given code: do
 * not change.
 *
 * <p>A node never blocks, sleeps or starts threads: it reacts to a message or a timer, changes its own fields,
 * sends messages and sets timers through the {@link Context}, and returns. Everything it keeps in fields is lost
 * when it crashes; what it put in {@link Context#storage()} is there again when it restarts.
 */
public interface Node {

    /** Called once when the node starts, and again (on a fresh object) after each restart. */
    default void onStart(Context context) {
    }

    /** Called for each message delivered to this node, from another node or from a client. */
    void onMessage(Context context, Address from, Object message);

    /** Called when a timer set with {@link Context#setTimer} fires (unless the node crashed meanwhile). */
    default void onTimer(Context context, Object timer) {
    }
}
