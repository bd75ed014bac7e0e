package dev.niche.foundations.structureadvisor;

/**
 * The answer key. Each answer is the one structure that meets every requirement of its scenario while doing the
 * least beyond them; the hints in the test say which requirement rules out the usual wrong picks.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#LRU_CACHE}. */
    public static Structure lruCache() {
        return Structure.LINKED_HASH_MAP;
    }

    /** {@link Scenario#TOP_K_OF_STREAM}. */
    public static Structure topKOfStream() {
        return Structure.BINARY_HEAP;
    }

    /** {@link Scenario#PREFIX_LOOKUP}. */
    public static Structure prefixLookup() {
        return Structure.TRIE;
    }

    /** {@link Scenario#JOBS_BY_DEADLINE}. */
    public static Structure jobsByDeadline() {
        return Structure.BINARY_HEAP;
    }

    /** {@link Scenario#BOUNDED_UNDO}. */
    public static Structure boundedUndo() {
        return Structure.DEQUE;
    }

    /** {@link Scenario#BALANCED_BRACKETS}. */
    public static Structure balancedBrackets() {
        return Structure.STACK;
    }

    /** {@link Scenario#BILLION_IDS_SEEN}. */
    public static Structure billionIdsSeen() {
        return Structure.BLOOM_FILTER;
    }

    /** {@link Scenario#BFS_FRONTIER}. */
    public static Structure bfsFrontier() {
        return Structure.QUEUE;
    }

    /** {@link Scenario#CONNECTED_YET}. */
    public static Structure connectedYet() {
        return Structure.UNION_FIND;
    }

    /** {@link Scenario#EVENTS_PER_USER}. */
    public static Structure eventsPerUser() {
        return Structure.HASH_MAP;
    }

    /** {@link Scenario#EVENTS_IN_TIME_RANGE}. */
    public static Structure eventsInTimeRange() {
        return Structure.ORDERED_MAP;
    }

    /** {@link Scenario#REQUESTS_PER_MINUTE}. */
    public static Structure requestsPerMinute() {
        return Structure.ARRAY;
    }

    /** {@link Scenario#READINGS_BY_INDEX}. */
    public static Structure readingsByIndex() {
        return Structure.DYNAMIC_ARRAY;
    }
}
