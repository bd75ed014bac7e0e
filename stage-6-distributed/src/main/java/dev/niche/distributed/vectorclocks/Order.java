package dev.niche.distributed.vectorclocks;

/** How two vector clocks are ordered. Given code: do not change. */
public enum Order {
    /** Every entry of this clock is at most the other's, and one is smaller: this happened before the other. */
    BEFORE,
    /** The mirror of {@link #BEFORE}: the other clock happened before this one. */
    AFTER,
    /** Every entry is the same: the same point of causal history. */
    EQUAL,
    /** Each clock has an entry above the other's: neither saw the other, they happened concurrently. */
    CONCURRENT
}
