package dev.niche.distributed.transactionaloutbox;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dual write: store the order, then tell shipping directly, once. Each step is right on its own, and on a
 * reliable network nothing goes wrong. But the send is not part of the durable write: if that one message is lost
 * (or the service crashes before it would go), the order stays stored and accepted while shipping never hears of
 * it, and nothing will ever send it again.
 */
public final class OrderService implements Node {
    private static final String ORDERS = "orders/state";

    private final Address shipping;
    private Map<String, Protocol.PlaceOrder> orders;

    public OrderService(Address shipping) {
        this.shipping = shipping;
    }

    @Override
    public void onStart(Context context) {
        orders = context.storage().<Map<String, Protocol.PlaceOrder>>get(ORDERS).orElse(Map.of());
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (!(message instanceof Protocol.PlaceOrder place)) {
            return; // acknowledgements: there is nothing to resend anyway
        }
        String problem = place.orderId() == null || place.orderId().isBlank() ? "orderId must not be blank"
                : place.item() == null || place.item().isBlank() ? "item must not be blank"
                : place.quantity() < 1 ? "quantity must be at least 1" : null;
        if (problem != null) {
            context.send(from, new Protocol.OrderRejected(place.orderId(), problem));
            return;
        }
        if (!orders.containsKey(place.orderId())) {
            Map<String, Protocol.PlaceOrder> next = new HashMap<>(orders);
            next.put(place.orderId(), place);
            orders = Map.copyOf(next);
            context.storage().put(ORDERS, orders);
            context.send(shipping, new Protocol.OrderPlaced(orders.size(), place.orderId(), place.item(),
                    place.quantity()));
        }
        context.send(from, new Protocol.OrderAccepted(place.orderId()));
    }

    @Override
    public void onTimer(Context context, Object timer) {
    }

    public Set<String> orders() {
        return orders.keySet();
    }

    public List<Protocol.OrderPlaced> outbox() {
        return List.of(); // no outbox: the event was sent at once
    }
}
