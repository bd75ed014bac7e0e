package dev.niche.dsa.patternquiz;

/**
 * The answer key, each with the clue that decides it. The target is the time of the pattern's solution; the brute
 * force is the one each problem describes.
 */
public final class Answers {
    private Answers() {
    }

    /**
     * {@link Problem#SQUARED_DEVIATIONS}: the largest square is at one end of the sorted input: fill the result from
     * the back, moving one of two indexes per step.
     */
    public static Answer squaredDeviations() {
        return new Answer(Pattern.TWO_POINTERS, TimeClass.N, TimeClass.N_LOG_N);
    }

    /**
     * {@link Problem#SHORTEST_FUNDED_STRETCH}: all pledges are positive, so a window grows until it reaches G and then
     * drops days from the left while it still does.
     */
    public static Answer shortestFundedStretch() {
        return new Answer(Pattern.SLIDING_WINDOW, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#BALANCE_DAY}: the total after d is the grand total minus the running total up to d: two passes.
     */
    public static Answer balanceDay() {
        return new Answer(Pattern.PREFIX_SUMS, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#RAINFALL_QUESTIONS}: the archive never changes: a question is the difference of two stored running
     * totals.
     */
    public static Answer rainfallQuestions() {
        return new Answer(Pattern.PREFIX_SUMS, TimeClass.CONSTANT, TimeClass.N);
    }

    /**
     * {@link Problem#TRAIL_SUMMIT}: whether a sample rises to the next one flips once, at the summit: halve the
     * positions.
     */
    public static Answer trailSummit() {
        return new Answer(Pattern.BINARY_SEARCH, TimeClass.LOG_N, TimeClass.N);
    }

    /**
     * {@link Problem#PRINT_SPEED}: any speed above a feasible one is feasible: halve the speeds 1..m, each tested by
     * one pass over the jobs.
     */
    public static Answer printSpeed() {
        return new Answer(Pattern.BINARY_SEARCH_ON_THE_ANSWER, TimeClass.N_LOG_M, TimeClass.N_TIMES_M);
    }

    /**
     * {@link Problem#SNOW_STREAK}: a stack of the days still deeper than every later day; each day is pushed and popped
     * once.
     */
    public static Answer snowStreak() {
        return new Answer(Pattern.MONOTONIC_STACK, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#NEAREST_STORES}: a max-heap of the m closest so far; a closer store replaces its top in O(log m).
     */
    public static Answer nearestStores() {
        return new Answer(Pattern.HEAP, TimeClass.N_LOG_M, TimeClass.N_LOG_N);
    }

    /**
     * {@link Problem#PAINTED_FENCE}: sort the stretches by start and sweep, extending or closing the current painted
     * block.
     */
    public static Answer paintedFence() {
        return new Answer(Pattern.SORTED_INTERVALS, TimeClass.N_LOG_N, TimeClass.N_TIMES_M);
    }

    /**
     * {@link Problem#DEGREES_OF_SEPARATION}: every connection counts one: breadth-first order reaches members by their
     * number of introductions.
     */
    public static Answer degreesOfSeparation() {
        return new Answer(Pattern.BFS, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#PAINT_BUCKET}: spread from the clicked pixel, marking as you go; breadth-first spreading is
     * accepted too.
     */
    public static Answer paintBucket() {
        return new Answer(Pattern.DFS_FLOOD_FILL, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#SPREADSHEET_RECALC}: recompute in an order where every reference points forward; a leftover cell
     * means a circle.
     */
    public static Answer spreadsheetRecalc() {
        return new Answer(Pattern.TOPOLOGICAL_SORT, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#TERRAIN_ROUTE}: positive, differing costs and routes that wind back: settle the cheapest unsettled
     * cell first.
     */
    public static Answer terrainRoute() {
        return new Answer(Pattern.DIJKSTRA, TimeClass.N_LOG_N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#CABLE_CLUSTERS}: cables only merge clusters: each cable is one union, and the count drops when it
     * joins two.
     */
    public static Answer cableClusters() {
        return new Answer(Pattern.UNION_FIND, TimeClass.N, TimeClass.N_SQUARED);
    }

    /**
     * {@link Problem#EXACT_LOAD}: include or skip each parcel, carrying the running weight and cutting a branch once it
     * passes C.
     */
    public static Answer exactLoad() {
        return new Answer(Pattern.BACKTRACKING, TimeClass.TWO_TO_THE_N, TimeClass.N_TIMES_TWO_TO_THE_N);
    }

    /** {@link Problem#FESTIVAL_GIGS}: best(i) = max(best(i + 1), p_i + best(i + 2)): one value per day. */
    public static Answer festivalGigs() {
        return new Answer(Pattern.DYNAMIC_PROGRAMMING, TimeClass.N, TimeClass.TWO_TO_THE_N);
    }

    /**
     * {@link Problem#SERVICE_ORDER}: shortest service first: swapping an adjacent longer-before-shorter pair always
     * lowers the sum.
     */
    public static Answer serviceOrder() {
        return new Answer(Pattern.GREEDY, TimeClass.N_LOG_N, TimeClass.N_TIMES_N_FACTORIAL);
    }

    /**
     * {@link Problem#WORD_ROOTS}: walk the word down a trie of the roots and stop at the first root end: one step per
     * letter.
     */
    public static Answer wordRoots() {
        return new Answer(Pattern.TRIE, TimeClass.N, TimeClass.N_TIMES_M);
    }

    /** {@link Problem#POWER_OF_TWO_BLOCKS}: a power of two has one bit set: n & (n - 1) == 0. */
    public static Answer powerOfTwoBlocks() {
        return new Answer(Pattern.BIT_MANIPULATION, TimeClass.CONSTANT, TimeClass.LOG_N);
    }

    /**
     * {@link Problem#GARAGE_LEVELS}: counts change between questions: partial totals over blocks make both operations
     * O(log n).
     */
    public static Answer garageLevels() {
        return new Answer(Pattern.FENWICK_TREE, TimeClass.LOG_N, TimeClass.N);
    }
}
