package dev.niche.lld.diporders;

import dev.niche.lld.diporders.infrastructure.Database;
import dev.niche.lld.diporders.infrastructure.MailServer;
import dev.niche.lld.diporders.service.OrderRepository;
import dev.niche.lld.diporders.service.OrderService;

/**
 * The composition root: the one place that knows which implementation goes behind which port. The tests create
 * every order service through these two factories; keep their signatures.
 */
public final class Shop {
    private Shop() {
    }

    /** The production wiring: orders in the SQL database, mails through the SMTP server. */
    public static OrderService open(Database database, MailServer mailServer) {
        return new OrderService(database, mailServer);
    }

    /**
     * The same service with another repository: a test's fake today, the document store next.
     *
     * @throws UnsupportedOperationException always, for now: {@code OrderService} builds its own repository
     */
    public static OrderService open(OrderRepository orders, MailServer mailServer) {
        throw new UnsupportedOperationException(
                "OrderService builds its own SqlOrderRepository, so it cannot use another repository");
    }
}
