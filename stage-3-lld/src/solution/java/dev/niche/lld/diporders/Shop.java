package dev.niche.lld.diporders;

import dev.niche.lld.diporders.infrastructure.Database;
import dev.niche.lld.diporders.infrastructure.MailServer;
import dev.niche.lld.diporders.infrastructure.SmtpMailer;
import dev.niche.lld.diporders.infrastructure.SqlOrderRepository;
import dev.niche.lld.diporders.service.OrderRepository;
import dev.niche.lld.diporders.service.OrderService;

/**
 * Reference: the composition root. It is the only code that names both the service and the infrastructure, so
 * choosing another implementation is an edit here and nowhere else.
 */
public final class Shop {
    private Shop() {
    }

    /** The production wiring: orders in the SQL database, mails through the SMTP server. */
    public static OrderService open(Database database, MailServer mailServer) {
        return open(new SqlOrderRepository(database), mailServer);
    }

    /** The same service with another repository: a test's fake today, the document store next. */
    public static OrderService open(OrderRepository orders, MailServer mailServer) {
        return new OrderService(orders, new SmtpMailer(mailServer));
    }
}
