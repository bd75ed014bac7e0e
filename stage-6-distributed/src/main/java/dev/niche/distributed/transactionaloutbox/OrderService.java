package dev.niche.distributed.transactionaloutbox;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.List;
import java.util.Set;

/**
 * The order service: stores orders and, through a transactional outbox, tells {@link Shipping} about each one
 * (see the package statement).
 *
 * <p>Contract:
 * <ul>
 *   <li>On a {@link Protocol.PlaceOrder} from a client with a new order id: store the order <b>and</b> its
 *       {@link Protocol.OrderPlaced} event (with the next event id: 1, 2, 3, ..., never reused, even across
 *       crashes) in the outbox, both in <b>one</b> {@code context.storage().put}; then answer
 *       {@link Protocol.OrderAccepted}. Send nothing to shipping here: the relay does that.</li>
 *   <li>A repeat of a stored order id (a client retrying after a timeout) is answered {@code OrderAccepted} again,
 *       with no new event and no write.</li>
 *   <li>A request with a null or blank {@code orderId} or {@code item}, or a {@code quantity} below 1, is answered
 *       {@link Protocol.OrderRejected} whose reason names the bad argument ({@code "orderId"}, {@code "item"} or
 *       {@code "quantity"}); nothing is stored.</li>
 *   <li>The relay: every {@link #RELAY_MILLIS}, on a timer started in {@code onStart}, send every event still in
 *       the outbox to shipping. On an {@link Protocol.EventAck} from shipping, remove that event from the outbox
 *       (one {@code put}); ignore an acknowledgement of an event no longer there.</li>
 *   <li>Each handler call makes at most one {@code put}: a crash may come after any handler call.</li>
 * </ul>
 */
public final class OrderService implements Node {
    /** How often the relay sends what is in the outbox, in simulated milliseconds. */
    static final long RELAY_MILLIS = 20;

    private final Address shipping;

    /** @param shipping the address of the {@link Shipping} node */
    public OrderService(Address shipping) {
        this.shipping = shipping;
    }

    @Override
    public void onStart(Context context) {
        throw new UnsupportedOperationException("TODO: load orders and outbox from storage, start the relay");
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        throw new UnsupportedOperationException("TODO: store a new order and its event in one put; handle acks");
    }

    @Override
    public void onTimer(Context context, Object timer) {
        throw new UnsupportedOperationException("TODO: send every outbox event to shipping, set the timer again");
    }

    /** The ids of the stored orders. */
    public Set<String> orders() {
        throw new UnsupportedOperationException("TODO: return the ids of the stored orders");
    }

    /** The events in the outbox: stored, not yet acknowledged by shipping, oldest first. */
    public List<Protocol.OrderPlaced> outbox() {
        throw new UnsupportedOperationException("TODO: return the events not yet acknowledged");
    }
}
