package dev.niche.lld.parkinglot;

/** The size of a spot, smallest first. Given code: do not change it. */
public enum SpotSize {
    SMALL, MEDIUM, LARGE
}
