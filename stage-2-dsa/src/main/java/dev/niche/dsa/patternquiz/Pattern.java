package dev.niche.dsa.patternquiz;

/**
 * The patterns to answer with. Each describes a technique, not a problem: deciding which one a story calls for
 * is the exercise. A pattern may fit several problems of the quiz; where two patterns solve a problem equally
 * well, the key accepts either.
 */
public enum Pattern {
    /** Two indexes that walk a sorted sequence, usually from both ends inward, each step moving one of them. */
    TWO_POINTERS,
    /**
     * A stretch of consecutive elements whose right end advances and whose left end catches up, keeping a
     * summary of the stretch (a total, counts) up to date as elements enter and leave it.
     */
    SLIDING_WINDOW,
    /** Running totals stored once, so that the total of any stretch is the difference of two of them. */
    PREFIX_SUMS,
    /**
     * Halving a range of positions: of a sorted sequence, or of a yes/no property of the positions that flips
     * once from one side to the other.
     */
    BINARY_SEARCH,
    /**
     * Halving the range of possible answer values, testing one candidate value at a time with a check whose
     * result flips once as the candidate grows.
     */
    BINARY_SEARCH_ON_THE_ANSWER,
    /**
     * A stack (or a deque) whose contents are kept in increasing or decreasing order: a new element first
     * removes the elements it makes useless.
     */
    MONOTONIC_STACK,
    /** A binary heap (priority queue): the smallest or largest of a changing collection, O(log n) per change. */
    HEAP,
    /** Intervals put in order of their start (or end), then swept once from left to right. */
    SORTED_INTERVALS,
    /** Breadth-first search: visits a graph in order of the number of edges from the start. */
    BFS,
    /** Depth-first search or flood fill: goes as deep as it can from a start, marking what it reaches. */
    DFS_FLOOD_FILL,
    /** An order of a graph's nodes in which every edge points forward, or the report that a cycle prevents one. */
    TOPOLOGICAL_SORT,
    /** Shortest paths from one start when edges have non-negative weights, settling the closest node first. */
    DIJKSTRA,
    /** Disjoint sets: merge two groups, and ask which group an element is in, in nearly O(1) amortized. */
    UNION_FIND,
    /** Building a solution one choice at a time and undoing the last choice as soon as it cannot lead anywhere. */
    BACKTRACKING,
    /**
     * Answers to overlapping subproblems, each computed once and stored (a table filled in order, or a
     * recursion with a memo).
     */
    DYNAMIC_PROGRAMMING,
    /** A rule that makes the locally best choice at each step, with an argument that it is never worse overall. */
    GREEDY,
    /** A tree of letters in which words that share a prefix share the path that spells it. */
    TRIE,
    /** Work on the binary form of numbers: and, or, xor, shifts, and tricks such as {@code x & (x - 1)}. */
    BIT_MANIPULATION,
    /**
     * A Fenwick tree or a segment tree: partial totals over blocks of positions, so that both changing one
     * position and asking about a range take O(log n).
     */
    FENWICK_TREE
}
