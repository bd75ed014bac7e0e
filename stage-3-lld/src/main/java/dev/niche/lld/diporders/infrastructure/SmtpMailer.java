package dev.niche.lld.diporders.infrastructure;

import dev.niche.lld.diporders.service.Order;
import java.math.BigDecimal;
import java.util.Objects;

/** Writes the customer's mails and hands them to the SMTP server. */
public final class SmtpMailer {
    private static final String FROM = "orders@shop.example";

    private final MailServer server;

    public SmtpMailer(MailServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    public void sendConfirmation(Order order) {
        server.deliver(new MailServer.Mail(FROM, order.customer(), "Order " + order.id() + " confirmed",
                summary(order) + ". Thank you!"));
    }

    public void sendCancellation(Order order) {
        server.deliver(new MailServer.Mail(FROM, order.customer(), "Order " + order.id() + " cancelled",
                summary(order) + ", cancelled. You have not been charged."));
    }

    private static String summary(Order order) {
        return order.quantity() + " x " + order.sku() + ", total " + BigDecimal.valueOf(order.totalCents(), 2);
    }
}
