package dev.niche.lld.ocpdiscounts;

/**
 * Takes {@code percent} percent off the subtotal, rounded down to the cent.
 *
 * @param percent 0 to 100
 */
public record PercentOff(int percent) implements DiscountRule {
    public PercentOff {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        return Checkout.discountFor(this, cart);
    }
}
