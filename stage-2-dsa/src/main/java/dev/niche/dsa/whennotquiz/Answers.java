package dev.niche.dsa.whennotquiz;

/**
 * Your verdicts: one method per {@link Scenario}, each returning {@code Verdict.itApplies()} or, for example,
 * {@code Verdict.doesNotApply(Alternative.LINEAR_SCAN)}. A wrong verdict is reported with a hint about that
 * scenario.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#SAVINGS_WITH_WITHDRAWALS}. */
    public static Verdict savingsWithWithdrawals() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.SAVINGS_WITH_WITHDRAWALS");
    }

    /** {@link Scenario#DRY_SPELL_TOTALS}. */
    public static Verdict drySpellTotals() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.DRY_SPELL_TOTALS");
    }

    /** {@link Scenario#ROUTE_WITH_REBATES}. */
    public static Verdict routeWithRebates() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.ROUTE_WITH_REBATES");
    }

    /** {@link Scenario#ROUTE_WITH_FREE_TRANSFERS}. */
    public static Verdict routeWithFreeTransfers() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.ROUTE_WITH_FREE_TRANSFERS");
    }

    /** {@link Scenario#ODD_STAMPS}. */
    public static Verdict oddStamps() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.ODD_STAMPS");
    }

    /** {@link Scenario#EURO_COINS}. */
    public static Verdict euroCoins() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.EURO_COINS");
    }

    /** {@link Scenario#QUEUE_OVER_LIMIT}. */
    public static Verdict queueOverLimit() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.QUEUE_OVER_LIMIT");
    }

    /** {@link Scenario#PAIR_POSITIONS_UNSORTED}. */
    public static Verdict pairPositionsUnsorted() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.PAIR_POSITIONS_UNSORTED");
    }

    /** {@link Scenario#METRO_MINUTES}. */
    public static Verdict metroMinutes() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.METRO_MINUTES");
    }

    /** {@link Scenario#MEMO_MERGE_SORT}. */
    public static Verdict memoMergeSort() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.MEMO_MERGE_SORT");
    }

    /** {@link Scenario#DEEP_CHAIN}. */
    public static Verdict deepChain() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.DEEP_CHAIN");
    }

    /** {@link Scenario#LINKS_COME_AND_GO}. */
    public static Verdict linksComeAndGo() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.LINKS_COME_AND_GO");
    }

    /** {@link Scenario#TOTALS_WITH_EDITS}. */
    public static Verdict totalsWithEdits() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.TOTALS_WITH_EDITS");
    }

    /** {@link Scenario#GRID_PATHS_WITH_ROCKS}. */
    public static Verdict gridPathsWithRocks() {
        throw new UnsupportedOperationException("TODO: the verdict on Scenario.GRID_PATHS_WITH_ROCKS");
    }
}
