package dev.niche.lld.diporders.service;

import java.util.Optional;

/**
 * Where orders are kept: the port the service needs from storage. The SQL repository implements it today; the
 * tests implement it with a map, and the next request (a document store) will implement it too. Given code: do
 * not change it.
 */
public interface OrderRepository {
    /** A new order id, never handed out before. */
    long nextId();

    /** Stores a new order. */
    void add(Order order);

    /** Replaces the stored order that has the same id. */
    void update(Order order);

    /** The order with this id, if there is one. */
    Optional<Order> find(long id);
}
