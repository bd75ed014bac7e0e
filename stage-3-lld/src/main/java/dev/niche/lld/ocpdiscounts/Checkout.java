package dev.niche.lld.ocpdiscounts;

import java.util.List;
import java.util.Objects;

/**
 * Prices a cart after its discount rules. THIS CODE WORKS, AND IT IS WHAT YOU REFACTOR.
 *
 * <h2>The brief</h2>
 * Marketing invents a new kind of discount every sprint. Today each new kind means editing
 * {@link #discountFor}: one more {@code instanceof} branch, and a release of the checkout. The next request
 * (a loyalty discount, written by another team as its own {@link DiscountRule}) must plug in without anyone
 * touching this class.
 *
 * <h2>Your task</h2>
 * Keep every behaviour below, and make the checkout open for new rules and closed for edits: no code may ask a
 * rule what type it is. The design checks name the principle and the line that breaks it; the behaviour
 * checks pass now and must still pass when you are done.
 *
 * <h2>Behaviour</h2>
 * {@code total(cart)} is the subtotal minus the sum of every rule's amount off, each computed on the whole
 * cart independently, and never below zero. A null cart, rule list or rule is rejected with a
 * {@link NullPointerException} naming it.
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
        long off = 0;
        for (DiscountRule rule : rules) {
            off += discountFor(rule, cart);
        }
        return Math.max(0, cart.subtotal() - off);
    }

    /** Every rule's arithmetic, chosen by asking the rule what it is. */
    static long discountFor(DiscountRule rule, Cart cart) {
        if (rule instanceof PercentOff percentOff) {
            return cart.subtotal() * percentOff.percent() / 100;
        } else if (rule instanceof BuyXGetYFree deal) {
            int groups = cart.quantityOf(deal.sku()) / (deal.buy() + deal.free());
            long cheapest = cart.lines().stream().filter(line -> line.sku().equals(deal.sku()))
                    .mapToLong(Cart.Line::unitPrice).min().orElse(0);
            return (long) groups * deal.free() * cheapest;
        } else if (rule instanceof SpendOver spendOver) {
            return cart.subtotal() >= spendOver.threshold() ? spendOver.off() : 0;
        }
        throw new IllegalArgumentException("unknown discount rule: " + rule);
    }
}
