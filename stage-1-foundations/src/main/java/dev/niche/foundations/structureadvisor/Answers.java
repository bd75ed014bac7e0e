package dev.niche.foundations.structureadvisor;

/**
 * Your advice: one method per {@link Scenario}, each returning the structure at the core of that problem, for
 * example {@code return Structure.HASH_MAP;}. A wrong answer is reported with a hint about that scenario,
 * never with the answer itself.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#LRU_CACHE}. */
    public static Structure lruCache() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.LRU_CACHE");
    }

    /** {@link Scenario#TOP_K_OF_STREAM}. */
    public static Structure topKOfStream() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.TOP_K_OF_STREAM");
    }

    /** {@link Scenario#PREFIX_LOOKUP}. */
    public static Structure prefixLookup() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.PREFIX_LOOKUP");
    }

    /** {@link Scenario#JOBS_BY_DEADLINE}. */
    public static Structure jobsByDeadline() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.JOBS_BY_DEADLINE");
    }

    /** {@link Scenario#BOUNDED_UNDO}. */
    public static Structure boundedUndo() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.BOUNDED_UNDO");
    }

    /** {@link Scenario#BALANCED_BRACKETS}. */
    public static Structure balancedBrackets() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.BALANCED_BRACKETS");
    }

    /** {@link Scenario#BILLION_IDS_SEEN}. */
    public static Structure billionIdsSeen() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.BILLION_IDS_SEEN");
    }

    /** {@link Scenario#BFS_FRONTIER}. */
    public static Structure bfsFrontier() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.BFS_FRONTIER");
    }

    /** {@link Scenario#CONNECTED_YET}. */
    public static Structure connectedYet() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.CONNECTED_YET");
    }

    /** {@link Scenario#EVENTS_PER_USER}. */
    public static Structure eventsPerUser() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.EVENTS_PER_USER");
    }

    /** {@link Scenario#EVENTS_IN_TIME_RANGE}. */
    public static Structure eventsInTimeRange() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.EVENTS_IN_TIME_RANGE");
    }

    /** {@link Scenario#REQUESTS_PER_MINUTE}. */
    public static Structure requestsPerMinute() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.REQUESTS_PER_MINUTE");
    }

    /** {@link Scenario#READINGS_BY_INDEX}. */
    public static Structure readingsByIndex() {
        throw new UnsupportedOperationException("TODO: the structure for Scenario.READINGS_BY_INDEX");
    }
}
