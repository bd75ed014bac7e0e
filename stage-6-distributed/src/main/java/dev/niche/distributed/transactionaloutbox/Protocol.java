package dev.niche.distributed.transactionaloutbox;

/** The messages between clients, the order service and shipping. Given code: do not change. */
public final class Protocol {
    private Protocol() {
    }

    /** A client asks the order service to place order {@code orderId}: {@code quantity} of {@code item}. */
    public record PlaceOrder(String orderId, String item, int quantity) {
    }

    /** The order service's answer once order {@code orderId} is durably stored (also for a repeat of a stored id). */
    public record OrderAccepted(String orderId) {
    }

    /** The order service's answer to a request it will not store; {@code reason} names the bad argument. */
    public record OrderRejected(String orderId, String reason) {
    }

    /**
     * The event "order {@code orderId} was placed", from the order service to shipping. {@code eventId} names the
     * event: 1, 2, 3, ..., never reused, so that shipping can recognise a copy.
     */
    public record OrderPlaced(long eventId, String orderId, String item, int quantity) {
    }

    /** Shipping has the effect of event {@code eventId} stored (it may have had it already). */
    public record EventAck(long eventId) {
    }

    /** What shipping sends out for an order: the effect that must happen exactly once per stored order. */
    public record Shipment(String orderId, String item, int quantity) {
    }
}
