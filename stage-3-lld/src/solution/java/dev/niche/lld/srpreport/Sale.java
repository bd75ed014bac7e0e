package dev.niche.lld.srpreport;

/**
 * Reference: one line of the export, already checked.
 *
 * @param region    not blank
 * @param product   not blank
 * @param units     at least 1
 * @param unitCents at least 0
 */
record Sale(String region, String product, long units, long unitCents) {
    long revenueCents() {
        return units * unitCents;
    }
}
