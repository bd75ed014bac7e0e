package dev.niche.lld.ocpdiscounts;

import java.util.Objects;

/** Reference: the rule owns its arithmetic. */
public record BuyXGetYFree(String sku, int buy, int free) implements DiscountRule {
    public BuyXGetYFree {
        Objects.requireNonNull(sku, "sku");
        if (buy < 1 || free < 1) {
            throw new IllegalArgumentException("buy and free must be at least 1, were " + buy + " and " + free);
        }
    }

    @Override
    public long amountOff(Cart cart) {
        int groups = cart.quantityOf(sku) / (buy + free);
        long cheapest = cart.lines().stream().filter(line -> line.sku().equals(sku))
                .mapToLong(Cart.Line::unitPrice).min().orElse(0);
        return (long) groups * free * cheapest;
    }
}
