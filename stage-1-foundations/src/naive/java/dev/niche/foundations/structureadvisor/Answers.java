package dev.niche.foundations.structureadvisor;

/**
 * Naive variant: the picks of someone who reaches for a familiar structure before reading the bounds: a list
 * for the LRU cache, sort-everything for the top k, a sorted collection for prefixes and time ranges, a plain
 * stack for a bounded history, a hash set for a billion ids, a map for small dense keys and a linked list for
 * readings read back by index.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#LRU_CACHE}. */
    public static Structure lruCache() {
        return Structure.LINKED_LIST;
    }

    /** {@link Scenario#TOP_K_OF_STREAM}. */
    public static Structure topKOfStream() {
        return Structure.DYNAMIC_ARRAY;
    }

    /** {@link Scenario#PREFIX_LOOKUP}. */
    public static Structure prefixLookup() {
        return Structure.ORDERED_MAP;
    }

    /** {@link Scenario#JOBS_BY_DEADLINE}. */
    public static Structure jobsByDeadline() {
        return Structure.BINARY_HEAP;
    }

    /** {@link Scenario#BOUNDED_UNDO}. */
    public static Structure boundedUndo() {
        return Structure.STACK;
    }

    /** {@link Scenario#BALANCED_BRACKETS}. */
    public static Structure balancedBrackets() {
        return Structure.STACK;
    }

    /** {@link Scenario#BILLION_IDS_SEEN}. */
    public static Structure billionIdsSeen() {
        return Structure.HASH_MAP;
    }

    /** {@link Scenario#BFS_FRONTIER}. */
    public static Structure bfsFrontier() {
        return Structure.QUEUE;
    }

    /** {@link Scenario#CONNECTED_YET}. */
    public static Structure connectedYet() {
        return Structure.HASH_MAP;
    }

    /** {@link Scenario#EVENTS_PER_USER}. */
    public static Structure eventsPerUser() {
        return Structure.HASH_MAP;
    }

    /** {@link Scenario#EVENTS_IN_TIME_RANGE}. */
    public static Structure eventsInTimeRange() {
        return Structure.DYNAMIC_ARRAY;
    }

    /** {@link Scenario#REQUESTS_PER_MINUTE}. */
    public static Structure requestsPerMinute() {
        return Structure.HASH_MAP;
    }

    /** {@link Scenario#READINGS_BY_INDEX}. */
    public static Structure readingsByIndex() {
        return Structure.LINKED_LIST;
    }
}
