package dev.niche.dsa.patternquiz;

/**
 * Your answers: one method per {@link Problem}, each returning the pattern, the target time and the brute-force
 * time, for example {@code return new Answer(Pattern.HEAP, TimeClass.N_LOG_N, TimeClass.N_SQUARED);}. A wrong
 * answer is reported with the part that is wrong and a hint about that problem, never with the answer itself.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Problem#SQUARED_DEVIATIONS}. */
    public static Answer squaredDeviations() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.SQUARED_DEVIATIONS");
    }

    /** {@link Problem#SHORTEST_FUNDED_STRETCH}. */
    public static Answer shortestFundedStretch() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.SHORTEST_FUNDED_STRETCH");
    }

    /** {@link Problem#BALANCE_DAY}. */
    public static Answer balanceDay() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.BALANCE_DAY");
    }

    /** {@link Problem#RAINFALL_QUESTIONS}. */
    public static Answer rainfallQuestions() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.RAINFALL_QUESTIONS");
    }

    /** {@link Problem#TRAIL_SUMMIT}. */
    public static Answer trailSummit() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.TRAIL_SUMMIT");
    }

    /** {@link Problem#PRINT_SPEED}. */
    public static Answer printSpeed() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.PRINT_SPEED");
    }

    /** {@link Problem#SNOW_STREAK}. */
    public static Answer snowStreak() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.SNOW_STREAK");
    }

    /** {@link Problem#NEAREST_STORES}. */
    public static Answer nearestStores() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.NEAREST_STORES");
    }

    /** {@link Problem#PAINTED_FENCE}. */
    public static Answer paintedFence() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.PAINTED_FENCE");
    }

    /** {@link Problem#DEGREES_OF_SEPARATION}. */
    public static Answer degreesOfSeparation() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.DEGREES_OF_SEPARATION");
    }

    /** {@link Problem#PAINT_BUCKET}. */
    public static Answer paintBucket() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.PAINT_BUCKET");
    }

    /** {@link Problem#SPREADSHEET_RECALC}. */
    public static Answer spreadsheetRecalc() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.SPREADSHEET_RECALC");
    }

    /** {@link Problem#TERRAIN_ROUTE}. */
    public static Answer terrainRoute() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.TERRAIN_ROUTE");
    }

    /** {@link Problem#CABLE_CLUSTERS}. */
    public static Answer cableClusters() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.CABLE_CLUSTERS");
    }

    /** {@link Problem#EXACT_LOAD}. */
    public static Answer exactLoad() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.EXACT_LOAD");
    }

    /** {@link Problem#FESTIVAL_GIGS}. */
    public static Answer festivalGigs() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.FESTIVAL_GIGS");
    }

    /** {@link Problem#SERVICE_ORDER}. */
    public static Answer serviceOrder() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.SERVICE_ORDER");
    }

    /** {@link Problem#WORD_ROOTS}. */
    public static Answer wordRoots() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.WORD_ROOTS");
    }

    /** {@link Problem#POWER_OF_TWO_BLOCKS}. */
    public static Answer powerOfTwoBlocks() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.POWER_OF_TWO_BLOCKS");
    }

    /** {@link Problem#GARAGE_LEVELS}. */
    public static Answer garageLevels() {
        throw new UnsupportedOperationException("TODO: pattern and times for Problem.GARAGE_LEVELS");
    }
}
