package dev.niche.distributed.sim;

import java.util.function.Consumer;

/**
 * A client of the simulated system: one call at a time, each with a timeout. Given code: do not change.
 *
 * <p>A call that times out stays open for good (its request may still be applied later, and the checks treat it
 * so); the client can make no further calls. Ask the simulation for a new client instead.
 */
public final class Client {
    private final Simulation simulation;
    private final Address address;
    private Consumer<Object> waiting;
    private int callIndex = -1;
    private boolean retired;

    Client(Simulation simulation, Address address) {
        this.simulation = simulation;
        this.address = address;
    }

    /** This client's address; nodes answer by sending to it. */
    public Address address() {
        return address;
    }

    /** Whether this client can make a call now. */
    public boolean idle() {
        return waiting == null && !retired;
    }

    /**
     * Sends {@code request} to {@code node}; the first message that comes back from any node before {@code
     * timeoutMillis} is the response and is passed to {@code onResponse}. On a timeout {@code onResponse} gets
     * {@code null} and the client retires.
     *
     * @throws IllegalStateException if a call is still open or the client has retired
     */
    public void call(Address node, Object request, long timeoutMillis, Consumer<Object> onResponse) {
        if (!idle()) {
            throw new IllegalStateException(address + " cannot call: " + (retired ? "it retired after a timeout"
                    : "its previous call is still open"));
        }
        waiting = onResponse;
        callIndex = simulation.openCall(this, node, request);
        int index = callIndex;
        simulation.send(address, node, request);
        simulation.after(timeoutMillis, null, () -> {
            if (waiting != null && callIndex == index) {
                simulation.note("timeout  " + address + " gives up on " + request + " (it may still take effect)");
                Consumer<Object> callback = waiting;
                waiting = null;
                retired = true;
                callback.accept(null);
            }
        });
    }

    void deliver(Address from, Object message) {
        if (waiting == null) {
            simulation.note(address + " ignores " + message + " from " + from + " (no call open)");
            return;
        }
        Consumer<Object> callback = waiting;
        waiting = null;
        simulation.closeCall(callIndex, message);
        callback.accept(message);
    }
}
