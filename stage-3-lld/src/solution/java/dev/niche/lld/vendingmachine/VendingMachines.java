package dev.niche.lld.vendingmachine;

import java.util.List;

/** The entry point: checks the slots and builds the machine. */
public final class VendingMachines {
    private VendingMachines() {
    }

    /** A machine with these slots, no credit, an empty cash box and empty trays. */
    public static VendingMachine create(List<Slot> slots) {
        return new SnackMachine(slots);
    }
}
