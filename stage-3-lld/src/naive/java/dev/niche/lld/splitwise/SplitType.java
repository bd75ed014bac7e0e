package dev.niche.lld.splitwise;

/** Naive: a type tag for the ways to split that the group knows. */
enum SplitType {
    EQUAL, EXACT, PERCENT, SHARES
}
