package dev.niche.storage.engineadvisor;

/**
 * Six things the two engines do that make the disk work harder than the application asked. Each raises exactly
 * one {@link Metric}; {@link Advisor#amplifies} names it. Given code: do not change.
 */
public enum Mechanism {
    /** The LSM tree merges sorted runs into bigger ones, reading them and writing every live entry out again. */
    COMPACTION,
    /** The B+ tree changes one 16-byte entry by writing back the whole 4 KB page that holds it. */
    WHOLE_PAGE_WRITE_BACK,
    /** An LSM lookup without Bloom filters looks for its key in every sorted run, newest first, until found. */
    PROBING_EVERY_RUN,
    /** The B+ tree reads a whole page on every level from the root down to return one 16-byte entry. */
    WHOLE_PAGE_READ_PER_LEVEL,
    /** An overwritten or deleted key keeps its old entries (and its tombstone) in older runs until compaction. */
    OBSOLETE_ENTRIES_IN_OLD_RUNS,
    /** After a split, both halves of a B+ tree page are half empty until more keys arrive. */
    HALF_EMPTY_PAGES
}
