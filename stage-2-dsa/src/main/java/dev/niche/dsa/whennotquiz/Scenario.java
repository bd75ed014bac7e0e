package dev.niche.dsa.whennotquiz;

/**
 * Fourteen proposals made in code review. Each scenario describes a problem and a colleague's proposal to solve
 * it with a familiar pattern. Decide whether the proposal is right as it stands; if it is not, pick the
 * {@link Alternative} that solves the problem within its bounds. Answer in the method of {@link Answers} with
 * the same name in camel case ({@code ODD_STAMPS} is {@code Answers.oddStamps()}).
 *
 * <p>A pattern rests on a property of the input (sorted, non-negative, monotone, repeating subproblems...). Find
 * the property, then check whether this input has it. Some proposals are fine.
 */
public enum Scenario {
    /**
     * A bank account's net flow is logged for each of n days: deposits are positive, withdrawals negative. Find
     * the shortest run of consecutive days whose flows add up to at least K. n is up to 10^5.
     *
     * <p>Proposal: a window that grows on the right until its total reaches K, then drops days from its left
     * while the total still reaches K; O(n).
     */
    SAVINGS_WITH_WITHDRAWALS,

    /**
     * A rain gauge logs the millimetres of each of n hours: zero or more, and mostly zero. Find the longest run of
     * consecutive hours whose total is at most L. n is up to 10^6.
     *
     * <p>Proposal: a window that grows on the right and drops hours from its left whenever its total passes L;
     * O(n).
     */
    DRY_SPELL_TOTALS,

    /**
     * A freight planner's road legs cost fuel, but a few downhill legs earn an energy rebate, a negative cost.
     * No loop of legs earns energy overall. Find the cheapest cost from the depot to every town.
     *
     * <p>Proposal: Dijkstra's algorithm with a binary heap.
     */
    ROUTE_WITH_REBATES,

    /**
     * A transit map: rides between stations cost a positive fare, and a transfer between two platforms of the
     * same station costs nothing. Find the cheapest trip from one platform to every other.
     *
     * <p>Proposal: Dijkstra's algorithm with a binary heap.
     */
    ROUTE_WITH_FREE_TRANSFERS,

    /**
     * A post office sells stamps of 1, 7 and 10 cents. Find the fewest stamps that make an amount of up to 10^4
     * cents exactly.
     *
     * <p>Proposal: take the largest stamp that still fits, again and again.
     */
    ODD_STAMPS,

    /**
     * A till gives change in euros: coins of 1, 2, 5, 10, 20 and 50 cents and of 1 and 2 euros, and notes of 5,
     * 10, 20, 50, 100 and 200 euros. Find the fewest coins and notes that make an amount exactly.
     *
     * <p>Proposal: take the largest coin or note that still fits, again and again.
     */
    EURO_COINS,

    /**
     * A call centre logged the length of its queue at each of the 1,440 minutes of a day; it rose and fell many
     * times. Find the first minute at which more than 100 callers were waiting.
     *
     * <p>Proposal: binary search over the minutes on the question "were more than 100 waiting?".
     */
    QUEUE_OVER_LIMIT,

    /**
     * A shop's n orders are listed in arrival order, with their amounts in no particular order. Find the
     * positions in that list of two orders whose amounts add up to a voucher's value V, in O(n) expected time.
     * n is up to 10^6.
     *
     * <p>Proposal: two indexes that start at both ends of the list and move toward each other.
     */
    PAIR_POSITIONS_UNSORTED,

    /**
     * A metro map: each leg between two stations takes from 30 to 900 seconds. Find the fastest trip from one
     * station to every other.
     *
     * <p>Proposal: breadth-first search from the start, counting legs.
     */
    METRO_MINUTES,

    /**
     * A sort splits its array into halves, sorts each half by a recursive call and merges the two results.
     *
     * <p>Proposal: cache each recursive call's result by its range (from, to) so that no work is ever done
     * twice.
     */
    MEMO_MERGE_SORT,

    /**
     * A scheduler keeps jobs as a graph of dependencies that can form a single chain of 10^6 jobs. It must list
     * the jobs so that every job comes after all the jobs it depends on, by a depth-first walk that lists a job
     * when everything below it is listed. It runs on a pooled thread with the default stack size, which you
     * cannot change.
     *
     * <p>Proposal: a recursive depth-first search.
     */
    DEEP_CHAIN,

    /**
     * A lab network of up to 2,000 computers: over the day, links are plugged in and unplugged, up to 2,000
     * changes in all. After each change, answer "can computer a reach computer b?".
     *
     * <p>Proposal: union-find, merging the groups of a link's ends when it is plugged in.
     */
    LINKS_COME_AND_GO,

    /**
     * A column of n numbers, n up to 10^5. Edits of single cells are interleaved with questions "what is the
     * total of rows a to b?", up to 10^5 of each.
     *
     * <p>Proposal: an array of running totals, answering each question with one subtraction.
     */
    TOTALS_WITH_EDITS,

    /**
     * Count the routes from the top-left to the bottom-right corner of a 50 by 50 field, moving only right or
     * down and never onto one of its rocks.
     *
     * <p>Proposal: a recursion that adds up the routes from the cell to the right and from the cell below, with
     * a cache keyed by the cell.
     */
    GRID_PATHS_WITH_ROCKS
}
