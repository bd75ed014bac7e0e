package dev.niche.foundations.linkedlist;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/linked-list", title = "Linked list in place: reverse, cycle, middle, merge", order = 90,
        checkpoints = "1.3", naiveViolates = CheckKind.COMPLEXITY)
class LinkedListsTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("reverse of the empty list is null, and of one node is that node")
    void reverseEmptyAndSingle() {
        assertThat(LinkedLists.reverse(null)).as("reverse(null), the empty list").isNull();
        Node[] one = build(7);
        assertList("reverse of [7]", LinkedLists.reverse(one[0]), one);
    }

    @Test
    @DisplayName("reverse of two nodes swaps them")
    void reverseTwo() {
        Node[] nodes = build(1, 2);
        assertList("reverse of [1, 2]", LinkedLists.reverse(nodes[0]), nodes[1], nodes[0]);
    }

    @Test
    @DisplayName("reverse turns 1 -> 2 -> 3 into 3 -> 2 -> 1, made of the same three nodes")
    void reverseThree() {
        Node[] nodes = build(1, 2, 3);
        assertList("reverse of [1, 2, 3]", LinkedLists.reverse(nodes[0]), nodes[2], nodes[1], nodes[0]);
    }

    @Test
    @DisplayName("hasCycle is false for the empty list, one node and two nodes in a row")
    void noCycle() {
        assertThat(LinkedLists.hasCycle(null)).as("hasCycle(null), the empty list").isFalse();
        assertThat(LinkedLists.hasCycle(new Node(1))).as("hasCycle of [1]").isFalse();
        Node[] two = build(1, 2);
        assertThat(LinkedLists.hasCycle(two[0])).as("hasCycle of [1, 2]").isFalse();
        assertLinksUnchanged("hasCycle of [1, 2]", two, null);
    }

    @Test
    @DisplayName("hasCycle is true for a node linked to itself and for two nodes linked to each other")
    void smallCycles() {
        Node self = new Node(1);
        self.next = self;
        assertThat(LinkedLists.hasCycle(self)).as("hasCycle of one node whose next is itself").isTrue();
        Node[] two = build(1, 2);
        two[1].next = two[0];
        assertThat(LinkedLists.hasCycle(two[0])).as("hasCycle of [1, 2] with 2 linked back to 1").isTrue();
        assertLinksUnchanged("hasCycle of [1, 2] with 2 linked back to 1", two, two[0]);
    }

    @Test
    @DisplayName("hasCycle finds a cycle that starts far from the head")
    void cycleAfterLongTail() {
        Node[] nodes = build(IntStream.range(0, 1000).toArray());
        nodes[999].next = nodes[600];
        String what = "hasCycle of 0 -> 1 -> ... -> 999 with 999 linked back to 600";
        assertThat(LinkedLists.hasCycle(nodes[0])).as(what).isTrue();
        assertLinksUnchanged(what, nodes, nodes[600]);
    }

    @Test
    @DisplayName("middle: null for the empty list, the only node of one, the second of two, the third of five")
    void middleExamples() {
        assertThat(LinkedLists.middle(null)).as("middle(null), the empty list").isNull();
        Node[] one = build(4);
        assertThat(LinkedLists.middle(one[0])).as("middle of [4]").isSameAs(one[0]);
        Node[] two = build(4, 5);
        assertThat(LinkedLists.middle(two[0])).as("middle of [4, 5]: the second of the two middle nodes")
                .isSameAs(two[1]);
        Node[] five = build(1, 2, 3, 4, 5);
        assertThat(LinkedLists.middle(five[0])).as("middle of [1, 2, 3, 4, 5]").isSameAs(five[2]);
        assertLinksUnchanged("middle of [1, 2, 3, 4, 5]", five, null);
    }

    @Test
    @DisplayName("mergeSorted of 1 -> 4 -> 6 and 2 -> 3 -> 7 links all six nodes in order")
    void mergeExample() {
        Node[] first = build(1, 4, 6);
        Node[] second = build(2, 3, 7);
        assertList("mergeSorted([1, 4, 6], [2, 3, 7])", LinkedLists.mergeSorted(first[0], second[0]),
                first[0], second[0], second[1], first[1], first[2], second[2]);
    }

    @Test
    @DisplayName("mergeSorted with an empty list returns the other list, and of two empty lists null")
    void mergeWithEmpty() {
        assertThat(LinkedLists.mergeSorted(null, null)).as("mergeSorted(null, null)").isNull();
        Node[] one = build(3);
        assertList("mergeSorted([3], null)", LinkedLists.mergeSorted(one[0], null), one);
        Node[] two = build(1, 2);
        assertList("mergeSorted(null, [1, 2])", LinkedLists.mergeSorted(null, two[0]), two);
    }

    @Test
    @DisplayName("mergeSorted is stable: on equal values the nodes of first come before those of second")
    void mergeIsStable() {
        Node[] first = build(1, 2, 2);
        Node[] second = build(2, 3);
        assertList("mergeSorted([1, 2, 2], [2, 3])", LinkedLists.mergeSorted(first[0], second[0]),
                first[0], first[1], first[2], second[0], second[1]);
    }

    @Test
    @DisplayName("mergeSorted rejects a list that is not sorted, naming it, and leaves both lists as they were")
    void mergeRejectsUnsorted() {
        Node[] sorted = build(1, 2, 3);
        Node[] unsorted = build(5, 4);
        assertThatThrownBy(() -> LinkedLists.mergeSorted(sorted[0], unsorted[0]))
                .as("mergeSorted([1, 2, 3], [5, 4])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second");
        assertLinksUnchanged("first list [1, 2, 3] after the rejected merge", sorted, null);
        assertLinksUnchanged("second list [5, 4] after the rejected merge", unsorted, null);
        assertThatThrownBy(() -> LinkedLists.mergeSorted(unsorted[0], sorted[0]))
                .as("mergeSorted([5, 4], [1, 2, 3])")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first");
        assertLinksUnchanged("first list [5, 4] after the rejected merge", unsorted, null);
        assertLinksUnchanged("second list [1, 2, 3] after the rejected merge", sorted, null);
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("reverse links the same nodes in the opposite order")
    void reverseMatchesModel(@ForAll("values") int[] values) {
        Node[] nodes = build(values);
        Node[] expected = nodes.clone();
        Collections.reverse(Arrays.asList(expected));
        assertList("reverse of " + Arrays.toString(values), LinkedLists.reverse(headOf(nodes)), expected);
    }

    @Property(tries = 300)
    @Label("hasCycle is true exactly when the last node links back into the list, and changes no link")
    void hasCycleMatchesModel(@ForAll("values") int[] values, @ForAll boolean cyclic,
                              @ForAll @IntRange(min = 0, max = 1000) int entry) {
        Node[] nodes = build(values);
        Node tailNext = null;
        String what = "hasCycle of " + Arrays.toString(values);
        if (cyclic && nodes.length > 0) {
            int target = entry % nodes.length;
            tailNext = nodes[target];
            nodes[nodes.length - 1].next = tailNext;
            what += " with the last node linked back to index " + target;
        }
        assertThat(LinkedLists.hasCycle(headOf(nodes))).as(what).isEqualTo(tailNext != null);
        assertLinksUnchanged(what, nodes, tailNext);
    }

    @Property(tries = 300)
    @Label("middle returns the node at index n / 2 and changes no link")
    void middleMatchesModel(@ForAll("values") int[] values) {
        Node[] nodes = build(values);
        String what = "middle of " + Arrays.toString(values);
        Node middle = LinkedLists.middle(headOf(nodes));
        if (nodes.length == 0) {
            assertThat(middle).as(what).isNull();
        } else {
            int index = nodes.length / 2;
            assertThat(middle).as("%s: expected the node at index %d = %d / 2", what, index, nodes.length)
                    .isSameAs(nodes[index]);
        }
        assertLinksUnchanged(what, nodes, null);
    }

    @Property(tries = 300)
    @Label("mergeSorted links every node of two sorted lists in sorted order, the nodes of first ahead on ties")
    void mergeMatchesModel(@ForAll("values") int[] firstValues, @ForAll("values") int[] secondValues) {
        int[] sortedFirst = sorted(firstValues);
        int[] sortedSecond = sorted(secondValues);
        Node[] first = build(sortedFirst);
        Node[] second = build(sortedSecond);
        List<Node> expected = new ArrayList<>(Arrays.asList(first));
        expected.addAll(Arrays.asList(second));
        expected.sort(Comparator.comparingInt(node -> node.value)); // a stable sort: first's nodes stay ahead
        assertList("mergeSorted(" + Arrays.toString(sortedFirst) + ", " + Arrays.toString(sortedSecond) + ")",
                LinkedLists.mergeSorted(headOf(first), headOf(second)), expected.toArray(Node[]::new));
    }

    @Provide
    Arbitrary<int[]> values() {
        return Arbitraries.integers().between(-20, 20).array(int[].class).ofMaxSize(60);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reverse allocates O(1) bytes: no new nodes, no copy of the list")
    void reverseAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by reverse", REVERSE)
                .sizes(powersOfTwo(8, 14))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("hasCycle allocates O(1) bytes: no set of visited nodes")
    void hasCycleAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by hasCycle", HAS_CYCLE)
                .sizes(powersOfTwo(8, 14))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("middle allocates O(1) bytes: no copy of the nodes")
    void middleAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by middle", MIDDLE)
                .sizes(powersOfTwo(8, 14))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("mergeSorted allocates O(1) bytes: no new nodes, no copy of the lists")
    void mergeAllocatesConstant() {
        assertComplexity(Complexity.allocation("bytes allocated by mergeSorted", MERGE)
                .sizes(powersOfTwo(8, 14))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reverse uses O(1) stack: a loop, not a recursion as deep as the list")
    void reverseStackIsConstant() {
        assertComplexity(stackDepth("stack depth of reverse", REVERSE))
                .isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("mergeSorted uses O(1) stack: a loop, not a recursion as deep as the lists")
    void mergeStackIsConstant() {
        assertComplexity(stackDepth("stack depth of mergeSorted", MERGE))
                .isAtMost(Growth.CONSTANT);
    }

    /**
     * A stack-depth check of {@code workload.run} over 2^6..2^10 nodes. The input of each size is prepared
     * once, outside the measured call, so that the call allocates nothing: the JVM's slow path for a new
     * object runs on the same stack and would add a few frames now and then.
     */
    static <S> Complexity stackDepth(String operation, Workload<S> workload) {
        int[] sizes = powersOfTwo(6, 10);
        List<S> inputs = new ArrayList<>();
        for (int n : sizes) {
            inputs.add(workload.prepare(n));
        }
        IntConsumer call = n -> workload.run(inputs.get(Integer.numberOfTrailingZeros(n) - 6));
        return Complexity.stackDepth(operation, call).sizes(sizes);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("reverse takes linear time, not quadratic (timing)")
    void reverseIsLinear() {
        assertComplexity(Complexity.timing("reverse", REVERSE).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("hasCycle takes linear time, not quadratic (timing)")
    void hasCycleIsLinear() {
        assertComplexity(Complexity.timing("hasCycle", HAS_CYCLE).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("mergeSorted takes linear time, not quadratic (timing)")
    void mergeIsLinear() {
        assertComplexity(Complexity.timing("mergeSorted, then a linear split back", MERGE)
                .sizes(powersOfTwo(10, 17))).isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("reverse is linear (JMH)")
    void reverseBenchmark() {
        assertComplexity(Complexity.jmh("reverse", LinkedListsBenchmark.class, "reverse")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LINEAR);
    }

    /** Each run reverses the same list of n nodes again; the allocation meter prepares a fresh one per call. */
    static final Workload<Reversal> REVERSE = Workload.of(n -> new Reversal(n), state -> state.reverse());

    /** hasCycle on n nodes whose last node links back to the middle one. */
    static final Workload<Node> HAS_CYCLE = new Workload<>() {
        @Override
        public Node prepare(int n) {
            Node[] nodes = build(IntStream.range(0, n).toArray());
            nodes[n - 1].next = nodes[n / 2];
            return nodes[0];
        }

        @Override
        public Object run(Node head) {
            return LinkedLists.hasCycle(head);
        }
    };

    /** middle of n nodes. */
    static final Workload<Node> MIDDLE = Workload.of(n -> ascending(n), head -> LinkedLists.middle(head));

    /** mergeSorted of two lists of n / 2 nodes each, split back apart after every run. */
    static final Workload<Merge> MERGE = Workload.of(n -> new Merge(n), state -> state.mergeAndSplit());

    /** A list of n nodes that each call reverses in place; shared by the checks and the JMH benchmark. */
    static final class Reversal {
        private Node head;

        Reversal(int n) {
            head = ascending(n);
        }

        Node reverse() {
            head = LinkedLists.reverse(head);
            return head;
        }
    }

    /**
     * The even values 0, 2, 4, ... and the odd values 1, 3, 5, ... below n, as two sorted lists. Each call
     * merges them, then relinks the result back into the two lists by parity: a linear pass that allocates
     * nothing, so the state is ready for the next call.
     */
    static final class Merge {
        private Node evens;
        private Node odds;

        Merge(int n) {
            for (int value = n - 1; value >= 0; value--) {
                if (value % 2 == 0) {
                    evens = new Node(value, evens);
                } else {
                    odds = new Node(value, odds);
                }
            }
        }

        Node mergeAndSplit() {
            Node merged = LinkedLists.mergeSorted(evens, odds);
            Node evenTail = null;
            Node oddTail = null;
            for (Node node = merged; node != null; node = node.next) {
                if (node.value % 2 == 0) {
                    if (evenTail == null) {
                        evens = node;
                    } else {
                        evenTail.next = node;
                    }
                    evenTail = node;
                } else {
                    if (oddTail == null) {
                        odds = node;
                    } else {
                        oddTail.next = node;
                    }
                    oddTail = node;
                }
            }
            evenTail.next = null;
            oddTail.next = null;
            return merged;
        }
    }

    // ---- building and checking lists ------------------------------------------------------------------------

    /** New nodes holding {@code values}, each linked to the next; the array keeps them for identity checks. */
    static Node[] build(int... values) {
        Node[] nodes = new Node[values.length];
        for (int i = values.length - 1; i >= 0; i--) {
            nodes[i] = new Node(values[i], i + 1 < values.length ? nodes[i + 1] : null);
        }
        return nodes;
    }

    /** 0 -> 1 -> ... -> n - 1. */
    static Node ascending(int n) {
        Node head = null;
        for (int value = n - 1; value >= 0; value--) {
            head = new Node(value, head);
        }
        return head;
    }

    static Node headOf(Node[] nodes) {
        return nodes.length == 0 ? null : nodes[0];
    }

    static int[] sorted(int[] values) {
        int[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    /**
     * Asserts that the list from {@code head} is {@code expected}: the very same node objects, in that order,
     * then null. The message says what went wrong: a wrong value, a node that was not given, an equal value
     * from the wrong node, a list that ends early or goes on (perhaps round a cycle).
     */
    static void assertList(String what, Node head, Node... expected) {
        Set<Node> given = Collections.newSetFromMap(new IdentityHashMap<>());
        given.addAll(Arrays.asList(expected));
        String context = what + ": expected the nodes " + valuesOf(expected) + ", got "
                + valuesFrom(head, expected.length + 3);
        Node node = head;
        for (int i = 0; i < expected.length; i++) {
            if (node == null) {
                fail(context + "; the list ends after " + i + " of " + expected.length + " nodes");
            } else if (node.value != expected[i].value) {
                fail(context + "; index " + i + " holds " + node.value + ", expected " + expected[i].value);
            } else if (!given.contains(node)) {
                fail(context + "; index " + i + " holds a new node: relink the nodes you were given, do not"
                        + " create nodes");
            } else if (node != expected[i]) {
                fail(context + "; index " + i + " holds another of the nodes with value " + node.value
                        + ": nodes with equal values must come in the order the contract gives");
            }
            node = node.next;
        }
        if (node != null) {
            fail(context + "; after the last expected node the list goes on"
                    + (given.contains(node) ? " to a node already in it: the last node must link to null" : ""));
        }
    }

    /** Asserts that node i still links to node i + 1, and the last node to {@code tailNext}. */
    static void assertLinksUnchanged(String what, Node[] nodes, Node tailNext) {
        for (int i = 0; i < nodes.length; i++) {
            Node expectedNext = i + 1 < nodes.length ? nodes[i + 1] : tailNext;
            if (nodes[i].next != expectedNext) {
                fail(what + ": the link out of the node at index " + i + " (value " + nodes[i].value
                        + ") changed; this call must leave every link as it was");
            }
        }
    }

    private static String valuesOf(Node[] nodes) {
        return Arrays.toString(Arrays.stream(nodes).mapToInt(node -> node.value).toArray());
    }

    /** At most {@code limit} values from {@code head}, then "..." when the list goes on. */
    private static String valuesFrom(Node head, int limit) {
        StringJoiner values = new StringJoiner(", ", "[", "]");
        Node node = head;
        for (int i = 0; node != null && i < limit; i++, node = node.next) {
            values.add(Integer.toString(node.value));
        }
        if (node != null) {
            values.add("...");
        }
        return values.toString();
    }
}
