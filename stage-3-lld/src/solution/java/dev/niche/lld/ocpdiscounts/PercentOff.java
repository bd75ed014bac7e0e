package dev.niche.lld.ocpdiscounts;

/** Reference: the rule owns its arithmetic. */
public record PercentOff(int percent) implements DiscountRule {
    public PercentOff {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        return cart.subtotal() * percent / 100;
    }
}
