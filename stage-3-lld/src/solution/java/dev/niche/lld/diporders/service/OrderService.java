package dev.niche.lld.diporders.service;

import java.util.Objects;
import java.util.Optional;

/**
 * Reference: the ordering rules, depending on nothing but the two ports of this package. Whoever creates the
 * service decides what stands behind them.
 */
public final class OrderService {
    private final OrderRepository orders;
    private final CustomerNotifier customers;

    public OrderService(OrderRepository orders, CustomerNotifier customers) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.customers = Objects.requireNonNull(customers, "customers");
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
        customers.orderPlaced(order);
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
        customers.orderCancelled(cancelled);
    }
}
