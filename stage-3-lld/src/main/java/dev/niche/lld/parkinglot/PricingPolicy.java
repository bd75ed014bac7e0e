package dev.niche.lld.parkinglot;

/**
 * Extension point: how much a stay costs. Given code: do not change this interface. The tests add policies of
 * their own through it, and the lot must charge them without being edited.
 */
public interface PricingPolicy {
    /**
     * The fee for {@code stay}, in cents: never negative, and never smaller for a longer stay that starts at the
     * same instant at the same spot.
     */
    long fee(Stay stay);
}
