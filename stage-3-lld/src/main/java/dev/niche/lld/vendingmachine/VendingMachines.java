package dev.niche.lld.vendingmachine;

import java.util.List;

/** The entry point you fill in. The package Javadoc holds the brief and the bad-input contract. */
public final class VendingMachines {
    private VendingMachines() {
    }

    /** A machine with these slots, no credit, an empty cash box and empty trays. */
    public static VendingMachine create(List<Slot> slots) {
        throw new UnsupportedOperationException("TODO: a machine that hands every call to its current State");
    }
}
