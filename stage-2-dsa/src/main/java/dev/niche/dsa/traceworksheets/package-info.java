/**
 * Trace worksheets: run five algorithms by hand, step by step, and write down what they do.
 *
 * <p>Tracing is how you check an idea before you code it, and how you find the bug after: an off-by-one in a
 * search, a table cell filled from the wrong neighbour, a heap that forgot to sift. This kata has no Java to
 * write. Its five worksheets are text files in {@code src/main/resources/dev/niche/dsa/traceworksheets/}:
 * <ul>
 *   <li>{@code binary-search.txt}: a search for the first element not less than a key: lo, hi and mid at every
 *       pass of the loop, for two keys;</li>
 *   <li>{@code lcs-table.txt}: the table of longest common subsequence lengths of two words, row by row;</li>
 *   <li>{@code memo-calls.txt}: a recursion that counts grid paths with a memo: every call, in the order the
 *       calls start, and whether it computes, finds its value in the memo, or is a base case;</li>
 *   <li>{@code heap-array.txt}: a binary min-heap's array after each push and pop of a sequence;</li>
 *   <li>{@code dfs-order.txt}: the discover and finish events of a depth-first search on a small directed
 *       graph.</li>
 * </ul>
 *
 * <p>Each file states, in its comment lines at the top, the algorithm, the input and the format of a trace
 * line, with a small example. Work it out on paper first, then write your trace below the header and delete the
 * file's TODO line. Do not run code to produce it: the skill is doing it in your head.
 *
 * <h2>How it is checked</h2>
 * The grader runs the same algorithm on the same input and compares your trace with its own, line by line.
 * Spacing is free, {@code #} starts a comment (to note why a step goes the way it does), and blank lines are
 * ignored; every other line must have the worksheet's line format, or it is reported with its line number. At
 * the first step that differs you see your line and the algorithm's; a trace that stops early or runs on is
 * reported too. Fix one step, rerun, and keep going.
 */
package dev.niche.dsa.traceworksheets;
