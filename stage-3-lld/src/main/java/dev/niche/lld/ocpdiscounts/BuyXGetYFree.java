package dev.niche.lld.ocpdiscounts;

import java.util.Objects;

/**
 * For every {@code buy + free} units of {@code sku} in the cart, {@code free} of them cost nothing. Free units
 * are priced at the lowest unit price of that product in the cart.
 *
 * @param sku  the product code
 * @param buy  units paid for in each group, at least 1
 * @param free units given away in each group, at least 1
 */
public record BuyXGetYFree(String sku, int buy, int free) implements DiscountRule {
    public BuyXGetYFree {
        Objects.requireNonNull(sku, "sku");
        if (buy < 1 || free < 1) {
            throw new IllegalArgumentException("buy and free must be at least 1, were " + buy + " and " + free);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        return Checkout.discountFor(this, cart);
    }
}
