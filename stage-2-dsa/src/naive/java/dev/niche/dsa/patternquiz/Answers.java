package dev.niche.dsa.patternquiz;

/**
 * Naive variant: the answers of someone who matches surface features instead of reading the bounds: a table of
 * running totals although the counts change, a table filled row by row although routes wind back, a greedy pick
 * for non-adjacent days, a depth-first search for fewest hops, a heap of everything instead of the m best.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Problem#SQUARED_DEVIATIONS}. */
    public static Answer squaredDeviations() {
        return new Answer(Pattern.TWO_POINTERS, TimeClass.N, TimeClass.N_LOG_N);
    }

    /** {@link Problem#SHORTEST_FUNDED_STRETCH}. */
    public static Answer shortestFundedStretch() {
        return new Answer(Pattern.SLIDING_WINDOW, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#BALANCE_DAY}. */
    public static Answer balanceDay() {
        return new Answer(Pattern.TWO_POINTERS, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#RAINFALL_QUESTIONS}. */
    public static Answer rainfallQuestions() {
        return new Answer(Pattern.FENWICK_TREE, TimeClass.LOG_N, TimeClass.N);
    }

    /** {@link Problem#TRAIL_SUMMIT}. */
    public static Answer trailSummit() {
        return new Answer(Pattern.BINARY_SEARCH, TimeClass.LOG_N, TimeClass.N);
    }

    /** {@link Problem#PRINT_SPEED}. */
    public static Answer printSpeed() {
        return new Answer(Pattern.BINARY_SEARCH, TimeClass.N_LOG_M, TimeClass.N_TIMES_M);
    }

    /** {@link Problem#SNOW_STREAK}. */
    public static Answer snowStreak() {
        return new Answer(Pattern.MONOTONIC_STACK, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#NEAREST_STORES}. */
    public static Answer nearestStores() {
        return new Answer(Pattern.HEAP, TimeClass.N_LOG_N, TimeClass.N_LOG_N);
    }

    /** {@link Problem#PAINTED_FENCE}. */
    public static Answer paintedFence() {
        return new Answer(Pattern.SORTED_INTERVALS, TimeClass.N_LOG_N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#DEGREES_OF_SEPARATION}. */
    public static Answer degreesOfSeparation() {
        return new Answer(Pattern.DFS_FLOOD_FILL, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#PAINT_BUCKET}. */
    public static Answer paintBucket() {
        return new Answer(Pattern.DFS_FLOOD_FILL, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#SPREADSHEET_RECALC}. */
    public static Answer spreadsheetRecalc() {
        return new Answer(Pattern.TOPOLOGICAL_SORT, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#TERRAIN_ROUTE}. */
    public static Answer terrainRoute() {
        return new Answer(Pattern.DYNAMIC_PROGRAMMING, TimeClass.N, TimeClass.N_SQUARED);
    }

    /** {@link Problem#CABLE_CLUSTERS}. */
    public static Answer cableClusters() {
        return new Answer(Pattern.DFS_FLOOD_FILL, TimeClass.N_SQUARED, TimeClass.N_SQUARED);
    }

    /** {@link Problem#EXACT_LOAD}. */
    public static Answer exactLoad() {
        return new Answer(Pattern.DYNAMIC_PROGRAMMING, TimeClass.N_TIMES_M, TimeClass.TWO_TO_THE_N);
    }

    /** {@link Problem#FESTIVAL_GIGS}. */
    public static Answer festivalGigs() {
        return new Answer(Pattern.GREEDY, TimeClass.N_LOG_N, TimeClass.TWO_TO_THE_N);
    }

    /** {@link Problem#SERVICE_ORDER}. */
    public static Answer serviceOrder() {
        return new Answer(Pattern.GREEDY, TimeClass.N_LOG_N, TimeClass.N_TIMES_N_FACTORIAL);
    }

    /** {@link Problem#WORD_ROOTS}. */
    public static Answer wordRoots() {
        return new Answer(Pattern.TRIE, TimeClass.N, TimeClass.N_TIMES_M);
    }

    /** {@link Problem#POWER_OF_TWO_BLOCKS}. */
    public static Answer powerOfTwoBlocks() {
        return new Answer(Pattern.BIT_MANIPULATION, TimeClass.CONSTANT, TimeClass.LOG_N);
    }

    /** {@link Problem#GARAGE_LEVELS}. */
    public static Answer garageLevels() {
        return new Answer(Pattern.PREFIX_SUMS, TimeClass.CONSTANT, TimeClass.N);
    }
}
