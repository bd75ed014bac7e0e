package dev.niche.distributed.transactionaloutbox;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A transactional outbox. The orders, the outbox and the last event id are one immutable value, written with one
 * put, so a crash between any two handler calls leaves either the order with its event or neither. The relay sends
 * from the durable outbox until shipping acknowledges, so an event survives both lost messages and crashes;
 * shipping's dedup by event id turns those repeated sends into one shipment.
 */
public final class OrderService implements Node {
    static final long RELAY_MILLIS = 20;

    /** What survives a crash: always written whole. */
    record State(Map<String, Protocol.PlaceOrder> orders, List<Protocol.OrderPlaced> outbox, long lastEventId) {
        static final State EMPTY = new State(Map.of(), List.of(), 0);
    }

    private record Relay() {
    }

    private static final String STATE = "orders/state";

    private final Address shipping;
    private State state;

    public OrderService(Address shipping) {
        this.shipping = shipping;
    }

    @Override
    public void onStart(Context context) {
        state = context.storage().<State>get(STATE).orElse(State.EMPTY);
        context.setTimer(RELAY_MILLIS, new Relay()); // after a restart, the outbox is sent again from storage
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (message instanceof Protocol.PlaceOrder place) {
            place(context, from, place);
        } else if (message instanceof Protocol.EventAck ack && from.equals(shipping)) {
            acknowledged(context, ack.eventId());
        }
    }

    private void place(Context context, Address client, Protocol.PlaceOrder place) {
        String problem = problem(place);
        if (problem != null) {
            context.send(client, new Protocol.OrderRejected(place.orderId(), problem));
            return;
        }
        if (!state.orders().containsKey(place.orderId())) {
            long eventId = state.lastEventId() + 1; // stored with the event, so never reused after a restart
            Map<String, Protocol.PlaceOrder> orders = new HashMap<>(state.orders());
            orders.put(place.orderId(), place);
            List<Protocol.OrderPlaced> outbox = new ArrayList<>(state.outbox());
            outbox.add(new Protocol.OrderPlaced(eventId, place.orderId(), place.item(), place.quantity()));
            state = new State(Map.copyOf(orders), List.copyOf(outbox), eventId);
            context.storage().put(STATE, state); // the order and its event: one atomic write
        }
        context.send(client, new Protocol.OrderAccepted(place.orderId())); // only once it is durable
    }

    private static String problem(Protocol.PlaceOrder place) {
        if (place.orderId() == null || place.orderId().isBlank()) {
            return "orderId must not be blank, got " + place.orderId();
        }
        if (place.item() == null || place.item().isBlank()) {
            return "item must not be blank, got " + place.item();
        }
        if (place.quantity() < 1) {
            return "quantity must be at least 1, got " + place.quantity();
        }
        return null;
    }

    private void acknowledged(Context context, long eventId) {
        List<Protocol.OrderPlaced> outbox = state.outbox().stream().filter(e -> e.eventId() != eventId).toList();
        if (outbox.size() < state.outbox().size()) { // a copy of an old acknowledgement changes nothing
            state = new State(state.orders(), outbox, state.lastEventId());
            context.storage().put(STATE, state);
        }
    }

    @Override
    public void onTimer(Context context, Object timer) {
        // at least once: everything not yet acknowledged goes again; shipping drops the copies
        state.outbox().forEach(event -> context.send(shipping, event));
        context.setTimer(RELAY_MILLIS, timer);
    }

    public Set<String> orders() {
        return state.orders().keySet();
    }

    public List<Protocol.OrderPlaced> outbox() {
        return state.outbox();
    }
}
