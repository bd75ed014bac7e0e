package dev.niche.lld.ocpdiscounts;

import java.util.List;
import java.util.Objects;

/**
 * A shopping cart: lines of a product code, a unit price in cents and a quantity. Given code: do not change it.
 *
 * @param lines the lines, in the order they were added; the same code may appear on several lines
 */
public record Cart(List<Line> lines) {
    public Cart {
        Objects.requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
    }

    /** The sum of price times quantity over every line, in cents. */
    public long subtotal() {
        return lines.stream().mapToLong(line -> line.unitPrice() * line.quantity()).sum();
    }

    /** How many units of {@code sku} the cart holds, over all its lines. */
    public int quantityOf(String sku) {
        return lines.stream().filter(line -> line.sku().equals(sku)).mapToInt(Line::quantity).sum();
    }

    /**
     * One line of the cart.
     *
     * @param sku       the product code, not blank
     * @param unitPrice cents per unit, at least 0
     * @param quantity  units, at least 1
     */
    public record Line(String sku, long unitPrice, int quantity) {
        public Line {
            Objects.requireNonNull(sku, "sku");
            if (sku.isBlank()) {
                throw new IllegalArgumentException("sku must not be blank");
            }
            if (unitPrice < 0) {
                throw new IllegalArgumentException("unitPrice must be at least 0, was " + unitPrice);
            }
            if (quantity < 1) {
                throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
            }
        }
    }
}
