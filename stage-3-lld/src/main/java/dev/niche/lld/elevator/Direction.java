package dev.niche.lld.elevator;

/** The way a caller in the hall wants to go. Given code: do not change it. */
public enum Direction {
    UP, DOWN
}
