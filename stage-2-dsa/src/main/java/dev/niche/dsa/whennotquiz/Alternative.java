package dev.niche.dsa.whennotquiz;

/** What to use instead when the proposed pattern does not apply. An alternative may fit several scenarios, or none. */
public enum Alternative {
    /** Look at every candidate in turn, in order. */
    LINEAR_SCAN,
    /** Sort the input first, then apply the proposed pattern to the sorted copy. */
    SORT_FIRST,
    /** A hash map (or set) of what has been seen so far, consulted in O(1) expected per element. */
    HASH_MAP,
    /**
     * Running totals, and a deque of the positions whose running total is still useful, kept in increasing order
     * of total.
     */
    PREFIX_SUMS_WITH_MONOTONIC_DEQUE,
    /** A Fenwick tree or a segment tree: a point change and a range total each in O(log n). */
    FENWICK_TREE,
    /** Shortest paths by settling the closest unsettled node first; edge weights must not be negative. */
    DIJKSTRA,
    /**
     * Shortest paths by relaxing every edge, round after round, n - 1 rounds at most; allows negative edges and
     * detects a negative cycle.
     */
    BELLMAN_FORD,
    /** A fresh breadth-first or depth-first search, from scratch, for every question. */
    SEARCH_PER_QUESTION,
    /** A table of answers to subproblems, each computed once from smaller ones. */
    DYNAMIC_PROGRAMMING,
    /** Take the locally best choice at every step. */
    GREEDY,
    /** Try every choice, undoing the last one as soon as it cannot lead to a solution. */
    BACKTRACKING,
    /** Halve a range whose yes/no answer flips once. */
    BINARY_SEARCH,
    /** The same recursion without a cache. */
    PLAIN_RECURSION,
    /** The same traversal as a loop, with the pending work kept in a stack of your own on the heap. */
    EXPLICIT_STACK
}
