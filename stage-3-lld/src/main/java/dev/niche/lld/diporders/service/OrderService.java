package dev.niche.lld.diporders.service;

import dev.niche.lld.diporders.infrastructure.Database;
import dev.niche.lld.diporders.infrastructure.MailServer;
import dev.niche.lld.diporders.infrastructure.SmtpMailer;
import dev.niche.lld.diporders.infrastructure.SqlOrderRepository;
import java.util.Objects;
import java.util.Optional;

/**
 * Places and cancels orders. THIS CODE WORKS, AND IT IS WHAT YOU REFACTOR, together with {@code Shop}.
 *
 * <h2>The brief</h2>
 * The ordering rules (what a valid order is, when one can be cancelled, that the customer hears about both) are
 * the heart of the shop, yet this class builds its own SQL repository and SMTP mailer and calls them by name.
 * So the rules cannot run without those two details: no test can use a fake, and the next request (keep orders
 * in a document store, through the {@link OrderRepository} port that already exists) is impossible without
 * editing the rules. The package that holds the policy depends on the package that holds the details, and the
 * details depend back on the policy ({@code SqlOrderRepository} implements the port): a cycle.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below and invert the dependencies: the service package declares what it needs as
 * interfaces (ports; {@link OrderRepository} is given, the mail side is yours to name), the infrastructure
 * package implements them, and {@code Shop}, the composition root, creates the implementations and passes them
 * in. Then both factories of {@code Shop} work. The design checks name each dependency of the service on
 * infrastructure and the package cycle; the behaviour checks pass now and must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * {@link #place} checks its input, takes a new id from the repository, stores the order and mails the customer
 * (from {@code orders@shop.example}, subject {@code Order <id> confirmed}, body
 * {@code <quantity> x <sku>, total <amount>. Thank you!}, the amount in units with two decimals).
 * {@link #cancel} marks a stored order cancelled, stores it and mails the customer (subject
 * {@code Order <id> cancelled}, body {@code <quantity> x <sku>, total <amount>, cancelled. You have not been
 * charged.}). Bad input is rejected before anything is stored or sent: a null argument with a
 * {@link NullPointerException} naming it; a customer that is not an e-mail address (one {@code @} with text on
 * both sides, no spaces), a blank sku, a quantity below 1 or a price below 0 with an
 * {@link IllegalArgumentException} naming it; cancelling an unknown order with an
 * {@link IllegalArgumentException} naming the id, and an order that is already cancelled with an
 * {@link IllegalStateException}.
 */
public final class OrderService {
    private final SqlOrderRepository orders;
    private final SmtpMailer mailer;

    public OrderService(Database database, MailServer mailServer) {
        this.orders = new SqlOrderRepository(database);
        this.mailer = new SmtpMailer(mailServer);
    }

    /** Places an order and returns its id. */
    public long place(String customer, String sku, int quantity, long unitCents) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(sku, "sku");
        if (!customer.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("customer must be an e-mail address, was '" + customer + "'");
        }
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        }
        if (unitCents < 0) {
            throw new IllegalArgumentException("unitCents must be at least 0, was " + unitCents);
        }
        Order order = new Order(orders.nextId(), customer, sku, quantity, unitCents, false);
        orders.add(order);
        mailer.sendConfirmation(order);
        return order.id();
    }

    /** The order with this id, if there is one. */
    public Optional<Order> find(long id) {
        return orders.find(id);
    }

    /** Cancels a placed order. */
    public void cancel(long id) {
        Order order = orders.find(id).orElseThrow(() -> new IllegalArgumentException("no order with id " + id));
        if (order.cancelled()) {
            throw new IllegalStateException("order " + id + " is already cancelled");
        }
        Order cancelled = order.cancel();
        orders.update(cancelled);
        mailer.sendCancellation(cancelled);
    }
}
