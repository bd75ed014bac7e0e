package dev.niche.distributed.transactionaloutbox;

import dev.niche.distributed.sim.Address;
import dev.niche.distributed.sim.Context;
import dev.niche.distributed.sim.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consumer: ships each order once, however often its event arrives. Given code: do not change.
 *
 * <p>On an {@link Protocol.OrderPlaced} it creates the {@link Protocol.Shipment} unless it has seen the event id
 * before, stores the shipments and the ids seen together in one {@code put}, and then acknowledges the event to
 * its sender with {@link Protocol.EventAck}: every copy, because the first acknowledgement may have been lost. (How
 * to keep that memory of ids bounded is the idempotent-consumer kata; here it simply grows.) An event with a null
 * order id or an id below 1 is logged and neither applied nor acknowledged.
 */
public final class Shipping implements Node {

    private record State(List<Protocol.Shipment> shipments, Set<Long> applied) {
        static final State EMPTY = new State(List.of(), Set.of());
    }

    private static final String STATE = "shipping/state";

    private State state;

    @Override
    public void onStart(Context context) {
        state = context.storage().<State>get(STATE).orElse(State.EMPTY);
    }

    @Override
    public void onMessage(Context context, Address from, Object message) {
        if (!(message instanceof Protocol.OrderPlaced event)) {
            return;
        }
        if (event.orderId() == null || event.eventId() < 1) {
            context.log("ignoring a malformed event from " + from + ": " + event);
            return;
        }
        if (!state.applied().contains(event.eventId())) {
            List<Protocol.Shipment> shipments = new ArrayList<>(state.shipments());
            shipments.add(new Protocol.Shipment(event.orderId(), event.item(), event.quantity()));
            Set<Long> applied = new HashSet<>(state.applied());
            applied.add(event.eventId());
            state = new State(List.copyOf(shipments), Set.copyOf(applied));
            context.storage().put(STATE, state);
        }
        context.send(from, new Protocol.EventAck(event.eventId()));
    }

    /** Every shipment made so far, in the order they were made. */
    public List<Protocol.Shipment> shipments() {
        return state.shipments();
    }
}
