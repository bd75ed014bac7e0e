package dev.niche.lld.vendingmachine;

import java.util.List;

/** Naive variant: one machine class with a mode enum and a switch in every method. */
public final class VendingMachines {
    private VendingMachines() {
    }

    public static VendingMachine create(List<Slot> slots) {
        return new SwitchMachine(slots);
    }
}
