package dev.niche.dsa.traceworksheets;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Grades the five hand-written traces: each test runs its algorithm on the worksheet's input, recording one line
 * per step, and {@link Worksheet} compares that with the learner's file. The expected traces are computed here,
 * never stored.
 */
@Kata(id = "dsa/trace-worksheets", title = "Trace worksheets: binary search, DP table, memo, heap, DFS",
        order = 370, checkpoints = "2.2", naiveViolates = CheckKind.EXAMPLE)
class TraceWorksheetsTest {

    // ---- (a) binary search --------------------------------------------------------------------------------------

    static final int[] SORTED = {3, 6, 8, 8, 8, 12, 15, 19, 21, 24, 30};
    static final int[] KEYS = {8, 22};

    @Test
    @DisplayName("binary search: lo, hi and mid at every pass of the loop, then the answer, for each key")
    void binarySearch() {
        String input = "a = " + Arrays.toString(SORTED) + " keys = "
                + Arrays.stream(KEYS).mapToObj(String::valueOf).collect(Collectors.joining(", "));
        List<String> trace = new ArrayList<>();
        for (int key : KEYS) {
            trace.addAll(lowerBoundTrace(SORTED, key));
        }
        Worksheet.open("binary-search.txt", "the binary search trace", input,
                "key=<int> lo=<int> hi=<int> mid=<int>", "key=<int> answer=<int>").assertTrace(trace);
    }

    /** The first index whose element is not less than the key, one line per pass and one for the answer. */
    static List<String> lowerBoundTrace(int[] sorted, int key) {
        List<String> trace = new ArrayList<>();
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            trace.add("key=" + key + " lo=" + lo + " hi=" + hi + " mid=" + mid);
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        trace.add("key=" + key + " answer=" + lo);
        return trace;
    }

    // ---- (b) dynamic-programming table -----------------------------------------------------------------------------

    static final String X = "PASTA";
    static final String Y = "SALSA";

    @Test
    @DisplayName("LCS table: every row of the table, from row 0 down")
    void lcsTable() {
        Worksheet.open("lcs-table.txt", "the rows of the LCS table", "x = " + X + " y = " + Y, "row <int>: <ints>")
                .assertTrace(lcsRows(X, Y));
    }

    /** The longest-common-subsequence table of x and y, one line per row once the row is full. */
    static List<String> lcsRows(String x, String y) {
        int[][] table = new int[x.length() + 1][y.length() + 1];
        List<String> trace = new ArrayList<>();
        for (int i = 0; i <= x.length(); i++) {
            for (int j = 1; i > 0 && j <= y.length(); j++) {
                table[i][j] = x.charAt(i - 1) == y.charAt(j - 1)
                        ? table[i - 1][j - 1] + 1
                        : Math.max(table[i - 1][j], table[i][j - 1]);
            }
            trace.add("row " + i + ": " + Arrays.toString(table[i]));
        }
        return trace;
    }

    // ---- (c) memoized recursion --------------------------------------------------------------------------------

    @Test
    @DisplayName("memoized recursion: every call in the order it starts, and whether it computes, hits or is a base")
    void memoCalls() {
        List<String> trace = new ArrayList<>();
        ways(2, 3, new HashMap<>(), trace);
        Worksheet.open("memo-calls.txt", "the calls of ways(2, 3)", "ways(2, 3), starting with an empty memo",
                "ways(<int>,<int>) <compute|hit|base>").assertTrace(trace);
    }

    /** Grid paths from (0, 0) to (r, c), recording each call as it starts. */
    static long ways(int r, int c, Map<List<Integer>, Long> memo, List<String> trace) {
        String call = "ways(" + r + "," + c + ")";
        if (r == 0 || c == 0) {
            trace.add(call + " base");
            return 1;
        }
        Long known = memo.get(List.of(r, c));
        if (known != null) {
            trace.add(call + " hit");
            return known;
        }
        trace.add(call + " compute");
        long result = ways(r - 1, c, memo, trace) + ways(r, c - 1, memo, trace);
        memo.put(List.of(r, c), result);
        return result;
    }

    // ---- (d) binary heap ---------------------------------------------------------------------------------------

    /** A value pushes it; {@code POP} pops. */
    static final int POP = Integer.MIN_VALUE;
    static final int[] OPERATIONS = {5, 3, 8, 1, 4, POP, 2, POP, POP, 7, POP};

    @Test
    @DisplayName("min-heap: the array after every push and pop")
    void heapArray() {
        String input = Arrays.stream(OPERATIONS).mapToObj(op -> op == POP ? "pop" : "push " + op)
                .collect(Collectors.joining(", "));
        Worksheet.open("heap-array.txt", "the heap array after each operation", input,
                "push <int>: <ints>", "pop <int>: <ints>").assertTrace(heapTrace(OPERATIONS));
    }

    /** A min-heap in an array: sift up after a push, sift down (toward the smaller child, left on ties) after a pop. */
    static List<String> heapTrace(int[] operations) {
        List<Integer> heap = new ArrayList<>();
        List<String> trace = new ArrayList<>();
        for (int op : operations) {
            String done;
            if (op == POP) {
                int root = heap.get(0);
                int last = heap.remove(heap.size() - 1);
                if (!heap.isEmpty()) {
                    heap.set(0, last);
                    siftDown(heap, 0);
                }
                done = "pop " + root;
            } else {
                heap.add(op);
                siftUp(heap, heap.size() - 1);
                done = "push " + op;
            }
            trace.add(done + ": " + heap);
        }
        return trace;
    }

    private static void siftUp(List<Integer> heap, int i) {
        while (i > 0 && heap.get(i) < heap.get((i - 1) / 2)) {
            swap(heap, i, (i - 1) / 2);
            i = (i - 1) / 2;
        }
    }

    private static void siftDown(List<Integer> heap, int i) {
        while (2 * i + 1 < heap.size()) {
            int child = 2 * i + 1;
            if (child + 1 < heap.size() && heap.get(child + 1) < heap.get(child)) {
                child++;
            }
            if (heap.get(i) <= heap.get(child)) {
                return;
            }
            swap(heap, i, child);
            i = child;
        }
    }

    private static void swap(List<Integer> heap, int i, int j) {
        heap.set(i, heap.set(j, heap.get(i)));
    }

    // ---- (e) depth-first search --------------------------------------------------------------------------------

    /** Each node's out-neighbours, in the order the search tries them. */
    static final Map<String, List<String>> GRAPH = Map.of(
            "A", List.of("B", "C"), "B", List.of("D"), "C", List.of("B", "E"), "D", List.of("A"),
            "E", List.of("D", "F"), "F", List.of(), "G", List.of("F", "E"));

    @Test
    @DisplayName("depth-first search: discover and finish events in the order they happen")
    void dfsOrder() {
        String input = GRAPH.keySet().stream().sorted()
                .map(node -> node + " -> " + String.join(", ", GRAPH.get(node)))
                .collect(Collectors.joining("; "));
        List<String> trace = new ArrayList<>();
        List<String> discovered = new ArrayList<>();
        GRAPH.keySet().stream().sorted().forEach(node -> {
            if (!discovered.contains(node)) {
                visit(node, discovered, trace);
            }
        });
        Worksheet.open("dfs-order.txt", "the discover and finish events", input,
                "discover <node>", "finish <node>").assertTrace(trace);
    }

    private static void visit(String node, List<String> discovered, List<String> trace) {
        discovered.add(node);
        trace.add("discover " + node);
        for (String next : GRAPH.get(node)) {
            if (!discovered.contains(next)) {
                visit(next, discovered, trace);
            }
        }
        trace.add("finish " + node);
    }
}
