package dev.niche.lld.ocpdiscounts;

/**
 * The extension point: one way of taking money off a cart. Given code: do not change this interface. The tests
 * add rules of their own through it, and the checkout must apply them without being edited.
 */
public interface DiscountRule {
    /**
     * How many cents this rule takes off {@code cart}, computed on the cart alone (rules do not see each other).
     * Never negative.
     */
    long amountOff(Cart cart);
}
