package dev.niche.lld.ocpdiscounts;

/** Reference: the rule owns its arithmetic. */
public record SpendOver(long threshold, long off) implements DiscountRule {
    public SpendOver {
        if (threshold < 0 || off < 0) {
            throw new IllegalArgumentException("threshold and off must be at least 0, were " + threshold + " and "
                    + off);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        return cart.subtotal() >= threshold ? off : 0;
    }
}
