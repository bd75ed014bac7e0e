package dev.niche.dsa.whennotquiz;

/**
 * Naive variant: trusts a familiar pattern wherever the problem looks like its home ground (a window over
 * negative days, Dijkstra with rebates, largest stamp first, binary search over a queue that rises and falls, a
 * cache for merge sort, recursion a million calls deep, union-find with unplugged links), sorts to find a pair's
 * positions, and distrusts Dijkstra over free transfers.
 */
public final class Answers {
    private Answers() {
    }

    /** {@link Scenario#SAVINGS_WITH_WITHDRAWALS}. */
    public static Verdict savingsWithWithdrawals() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#DRY_SPELL_TOTALS}. */
    public static Verdict drySpellTotals() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#ROUTE_WITH_REBATES}. */
    public static Verdict routeWithRebates() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#ROUTE_WITH_FREE_TRANSFERS}. */
    public static Verdict routeWithFreeTransfers() {
        return Verdict.doesNotApply(Alternative.BELLMAN_FORD);
    }

    /** {@link Scenario#ODD_STAMPS}. */
    public static Verdict oddStamps() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#EURO_COINS}. */
    public static Verdict euroCoins() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#QUEUE_OVER_LIMIT}. */
    public static Verdict queueOverLimit() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#PAIR_POSITIONS_UNSORTED}. */
    public static Verdict pairPositionsUnsorted() {
        return Verdict.doesNotApply(Alternative.SORT_FIRST);
    }

    /** {@link Scenario#METRO_MINUTES}. */
    public static Verdict metroMinutes() {
        return Verdict.doesNotApply(Alternative.DIJKSTRA);
    }

    /** {@link Scenario#MEMO_MERGE_SORT}. */
    public static Verdict memoMergeSort() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#DEEP_CHAIN}. */
    public static Verdict deepChain() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#LINKS_COME_AND_GO}. */
    public static Verdict linksComeAndGo() {
        return Verdict.itApplies();
    }

    /** {@link Scenario#TOTALS_WITH_EDITS}. */
    public static Verdict totalsWithEdits() {
        return Verdict.doesNotApply(Alternative.FENWICK_TREE);
    }

    /** {@link Scenario#GRID_PATHS_WITH_ROCKS}. */
    public static Verdict gridPathsWithRocks() {
        return Verdict.itApplies();
    }
}
