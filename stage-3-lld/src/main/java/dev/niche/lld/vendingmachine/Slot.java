package dev.niche.lld.vendingmachine;

/**
 * One slot of the machine when it is set up. Given code: do not change it. {@link VendingMachines#create}
 * checks the values.
 *
 * @param code    the button, e.g. {@code "A1"}
 * @param product what the slot sells, e.g. {@code "water"}
 * @param price   in cents, at least 1
 * @param count   how many are in the slot, at least 0
 */
public record Slot(String code, String product, long price, int count) {
}
