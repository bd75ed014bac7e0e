package dev.niche.dsa.whennotquiz;

/**
 * The answer key: each verdict with the property of the input that decides it.
 */
public final class Answers {
    private Answers() {
    }

    /**
     * {@link Scenario#SAVINGS_WITH_WITHDRAWALS}: negative days break the window: dropping a day can raise the total.
     * Keep the starts whose running total is below every later one; each day enters and leaves the deque once.
     */
    public static Verdict savingsWithWithdrawals() {
        return Verdict.doesNotApply(Alternative.PREFIX_SUMS_WITH_MONOTONIC_DEQUE);
    }

    /**
     * {@link Scenario#DRY_SPELL_TOTALS}: no hour is negative, so growing never lowers the total and shrinking never
     * raises it: the window is exact.
     */
    public static Verdict drySpellTotals() {
        return Verdict.itApplies();
    }

    /**
     * {@link Scenario#ROUTE_WITH_REBATES}: a settled town may still get cheaper through a rebate leg; rounds of
     * relaxation handle negative legs.
     */
    public static Verdict routeWithRebates() {
        return Verdict.doesNotApply(Alternative.BELLMAN_FORD);
    }

    /**
     * {@link Scenario#ROUTE_WITH_FREE_TRANSFERS}: zero-cost edges are not negative: the closest open node can still be
     * settled for good.
     */
    public static Verdict routeWithFreeTransfers() {
        return Verdict.itApplies();
    }

    /**
     * {@link Scenario#ODD_STAMPS}: largest first pays 10 + 1 + 1 + 1 + 1 for 14, against 7 + 7; fewest(a) = 1 + min
     * over stamps s of fewest(a - s).
     */
    public static Verdict oddStamps() {
        return Verdict.doesNotApply(Alternative.DYNAMIC_PROGRAMMING);
    }

    /** {@link Scenario#EURO_COINS}: the euro system is canonical: largest first is optimal for every amount. */
    public static Verdict euroCoins() {
        return Verdict.itApplies();
    }

    /**
     * {@link Scenario#QUEUE_OVER_LIMIT}: the question is not monotone over the minutes, so halving can skip the first
     * yes; 1,440 reads are cheap.
     */
    public static Verdict queueOverLimit() {
        return Verdict.doesNotApply(Alternative.LINEAR_SCAN);
    }

    /**
     * {@link Scenario#PAIR_POSITIONS_UNSORTED}: the inward walk needs sorted input; a map from amount to position finds
     * each partner in O(1) expected.
     */
    public static Verdict pairPositionsUnsorted() {
        return Verdict.doesNotApply(Alternative.HASH_MAP);
    }

    /**
     * {@link Scenario#METRO_MINUTES}: legs take different times, so fewest legs is not fastest; times are positive, so
     * Dijkstra is right.
     */
    public static Verdict metroMinutes() {
        return Verdict.doesNotApply(Alternative.DIJKSTRA);
    }

    /**
     * {@link Scenario#MEMO_MERGE_SORT}: no range is ever sorted twice: the cache is never hit and only costs memory.
     */
    public static Verdict memoMergeSort() {
        return Verdict.doesNotApply(Alternative.PLAIN_RECURSION);
    }

    /**
     * {@link Scenario#DEEP_CHAIN}: a chain of 10^6 jobs needs 10^6 frames at once; keep the pending jobs in a stack on
     * the heap.
     */
    public static Verdict deepChain() {
        return Verdict.doesNotApply(Alternative.EXPLICIT_STACK);
    }

    /**
     * {@link Scenario#LINKS_COME_AND_GO}: union-find cannot split a group when a link is unplugged; a search over 2,000
     * computers per change is cheap.
     */
    public static Verdict linksComeAndGo() {
        return Verdict.doesNotApply(Alternative.SEARCH_PER_QUESTION);
    }

    /**
     * {@link Scenario#TOTALS_WITH_EDITS}: one edit changes every running total after it; block totals make both
     * operations O(log n).
     */
    public static Verdict totalsWithEdits() {
        return Verdict.doesNotApply(Alternative.FENWICK_TREE);
    }

    /**
     * {@link Scenario#GRID_PATHS_WITH_ROCKS}: routes from a cell depend only on the cell and are asked for again and
     * again: at most 2,500 are computed.
     */
    public static Verdict gridPathsWithRocks() {
        return Verdict.itApplies();
    }
}
