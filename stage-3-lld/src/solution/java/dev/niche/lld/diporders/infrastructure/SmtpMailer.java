package dev.niche.lld.diporders.infrastructure;

import dev.niche.lld.diporders.service.CustomerNotifier;
import dev.niche.lld.diporders.service.Order;
import java.math.BigDecimal;
import java.util.Objects;

/** Reference: the mail side of the notifier port. Infrastructure depends on the service, never the reverse. */
public final class SmtpMailer implements CustomerNotifier {
    private static final String FROM = "orders@shop.example";

    private final MailServer server;

    public SmtpMailer(MailServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public void orderPlaced(Order order) {
        server.deliver(new MailServer.Mail(FROM, order.customer(), "Order " + order.id() + " confirmed",
                summary(order) + ". Thank you!"));
    }

    @Override
    public void orderCancelled(Order order) {
        server.deliver(new MailServer.Mail(FROM, order.customer(), "Order " + order.id() + " cancelled",
                summary(order) + ", cancelled. You have not been charged."));
    }

    private static String summary(Order order) {
        return order.quantity() + " x " + order.sku() + ", total " + BigDecimal.valueOf(order.totalCents(), 2);
    }
}
