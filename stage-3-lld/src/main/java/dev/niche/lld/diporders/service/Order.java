package dev.niche.lld.diporders.service;

/**
 * An order, as the service keeps it. Given code: do not change it.
 *
 * @param id        given by the repository, from 1
 * @param customer  the customer's e-mail address
 * @param sku       the product code
 * @param quantity  at least 1
 * @param unitCents the price of one unit, in cents, at least 0
 * @param cancelled whether the order was cancelled
 */
public record Order(long id, String customer, String sku, int quantity, long unitCents, boolean cancelled) {
    /** Quantity times unit price, in cents. */
    public long totalCents() {
        return quantity * unitCents;
    }

    /** The same order, cancelled. */
    public Order cancel() {
        return new Order(id, customer, sku, quantity, unitCents, true);
    }
}
