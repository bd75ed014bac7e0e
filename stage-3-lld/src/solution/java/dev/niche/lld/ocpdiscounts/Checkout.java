package dev.niche.lld.ocpdiscounts;

import java.util.List;
import java.util.Objects;

/**
 * Reference: the checkout only sums what each rule says it takes off. A new rule is a new class; nothing here
 * changes, so nothing here can break.
 */
public final class Checkout {
    private final List<DiscountRule> rules;

    public Checkout(List<DiscountRule> rules) {
        Objects.requireNonNull(rules, "rules");
        rules.forEach(rule -> Objects.requireNonNull(rule, "rule"));
        this.rules = List.copyOf(rules);
    }

    /** The price of {@code cart} after every rule, in cents, never below zero. */
    public long total(Cart cart) {
        Objects.requireNonNull(cart, "cart");
        long off = rules.stream().mapToLong(rule -> rule.amountOff(cart)).sum();
        return Math.max(0, cart.subtotal() - off);
    }
}
