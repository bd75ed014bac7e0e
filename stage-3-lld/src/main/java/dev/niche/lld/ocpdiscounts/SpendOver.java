package dev.niche.lld.ocpdiscounts;

/**
 * Takes {@code off} cents off when the subtotal is at least {@code threshold} cents.
 *
 * @param threshold at least 0
 * @param off       at least 0
 */
public record SpendOver(long threshold, long off) implements DiscountRule {
    public SpendOver {
        if (threshold < 0 || off < 0) {
            throw new IllegalArgumentException("threshold and off must be at least 0, were " + threshold + " and "
                    + off);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        return Checkout.discountFor(this, cart);
    }
}
