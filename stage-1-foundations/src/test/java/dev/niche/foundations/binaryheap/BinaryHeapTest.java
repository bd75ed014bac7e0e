package dev.niche.foundations.binaryheap;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Counter;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/binary-heap", title = "Binary heap with O(n) heapify", order = 70, checkpoints = "1.3",
        naiveViolates = CheckKind.COMPLEXITY)
class BinaryHeapTest {
    private static final int POP = Integer.MIN_VALUE;

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("pops the smallest first with natural order")
    void popsInOrder() {
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        for (int x : new int[] {5, 1, 4, 1, 3}) {
            heap.push(x);
        }
        List<Integer> popped = new ArrayList<>();
        while (!heap.isEmpty()) {
            popped.add(heap.pop());
        }
        assertThat(popped).as("pops after pushing 5, 1, 4, 1, 3").containsExactly(1, 1, 3, 4, 5);
    }

    @Test
    @DisplayName("a reversed comparator makes a max-heap")
    void reversedOrderIsMaxHeap() {
        BinaryHeap<String> heap = BinaryHeap.heapify(List.of("pear", "apple", "fig"), Comparator.reverseOrder());
        assertThat(heap.pop()).as("first pop of a max-heap of pear, apple, fig").isEqualTo("pear");
        assertThat(heap.pop()).as("second pop").isEqualTo("fig");
    }

    @Test
    @DisplayName("peek shows the first element and leaves it in place")
    void peekDoesNotRemove() {
        BinaryHeap<Integer> heap = BinaryHeap.heapify(List.of(7, 2, 9), Comparator.naturalOrder());
        assertThat(heap.peek()).as("peek of {7, 2, 9}").isEqualTo(2);
        assertThat(heap.size()).as("size after peek").isEqualTo(3);
    }

    @Test
    @DisplayName("heapify then pop gives the items sorted")
    void heapifySorts() {
        BinaryHeap<Integer> heap = BinaryHeap.heapify(List.of(9, 8, 7, 6, 5, 4, 3, 2, 1), Comparator.naturalOrder());
        List<Integer> popped = new ArrayList<>();
        while (!heap.isEmpty()) {
            popped.add(heap.pop());
        }
        assertThat(popped).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    @DisplayName("peek and pop on an empty heap throw NoSuchElementException")
    void emptyHeap() {
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        assertThat(heap.isEmpty()).isTrue();
        assertThatThrownBy(heap::peek).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(heap::pop).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    @DisplayName("null order, collection or item is rejected with a message naming it")
    void rejectsNull() {
        assertThatThrownBy(() -> new BinaryHeap<Integer>(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> BinaryHeap.heapify(null, Comparator.<Integer>naturalOrder()))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("items");
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        assertThatThrownBy(() -> heap.push(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("item");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    @Property(tries = 300)
    @Label("behaves like java.util.PriorityQueue under any mix of push and pop")
    void matchesPriorityQueue(@ForAll("operations") List<Integer> operations) {
        BinaryHeap<Integer> heap = new BinaryHeap<>(Comparator.naturalOrder());
        PriorityQueue<Integer> model = new PriorityQueue<>();
        for (int i = 0; i < operations.size(); i++) {
            int op = operations.get(i);
            if (op == POP) {
                if (model.isEmpty()) {
                    continue;
                }
                assertThat(heap.pop()).as("pop at step %d", i).isEqualTo(model.poll());
            } else {
                heap.push(op);
                model.add(op);
            }
            assertThat(heap.size()).as("size after step %d", i).isEqualTo(model.size());
            if (!model.isEmpty()) {
                assertThat(heap.peek()).as("peek after step %d", i).isEqualTo(model.peek());
            }
        }
    }

    @Property(tries = 300)
    @Label("heapify of any list pops every item in sorted order")
    void heapifyPopsSorted(@ForAll List<Integer> items) {
        BinaryHeap<Integer> heap = BinaryHeap.heapify(items, Comparator.naturalOrder());
        List<Integer> popped = new ArrayList<>();
        while (!heap.isEmpty()) {
            popped.add(heap.pop());
        }
        assertThat(popped).as("pops after heapify").isEqualTo(items.stream().sorted().toList());
    }

    @Provide
    Arbitrary<List<Integer>> operations() {
        Arbitrary<Integer> push = Arbitraries.integers().between(-50, 50);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, push), net.jqwik.api.Tuple.of(2, Arbitraries.just(POP)))
                .list().ofMaxSize(60);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("heapify makes O(n) comparisons, even on input in reverse order")
    void heapifyIsLinear() {
        assertComplexity(Complexity.counting("heapify comparisons", n -> {
            Counter comparisons = new Counter();
            List<Integer> descending = IntStream.range(0, n).map(i -> n - i).boxed().toList();
            BinaryHeap.heapify(descending, comparisons.<Integer>naturalOrder());
            return comparisons.count();
        }).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("pop makes O(log n) comparisons")
    void popIsLogarithmic() {
        int pops = 32;
        assertComplexity(Complexity.counting("comparisons per pop", n -> {
            Counter comparisons = new Counter();
            BinaryHeap<Integer> heap = BinaryHeap.heapify(shuffled(n, n), comparisons.naturalOrder());
            comparisons.reset();
            for (int i = 0; i < pops; i++) {
                heap.pop();
            }
            return comparisons.count() / pops;
        }).sizes(powersOfTwo(8, 16))).isAtMost(Growth.LOGARITHMIC);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("push then pop takes sublinear time (timing)")
    void pushPopIsSublinear() {
        assertComplexity(Complexity.timing("push + pop", PUSH_POP).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LOGARITHMIC);
    }

    @BenchCheck
    @DisplayName("push then pop is sublinear (JMH)")
    void pushPopBenchmark() {
        assertComplexity(Complexity.jmh("push + pop", BinaryHeapBenchmark.class, "pushPop")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LOGARITHMIC);
    }

    /** A heap of n shuffled values; each run pushes one value and pops one, so the size stays n. */
    static final Workload<PushPopState> PUSH_POP = Workload.of(PushPopState::new, PushPopState::pushPop);

    /** Shared by the timing check and the JMH benchmark. */
    static final class PushPopState {
        final BinaryHeap<Integer> heap;
        final Integer[] values;
        int next;

        PushPopState(int n) {
            heap = BinaryHeap.heapify(shuffled(n, 2L * n), Comparator.naturalOrder());
            Random random = new Random(n);
            values = new Integer[1024];
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(2 * n);
            }
        }

        Integer pushPop() {
            heap.push(values[next]);
            next = (next + 1) & (values.length - 1);
            return heap.pop();
        }
    }

    static List<Integer> shuffled(int n, long seed) {
        List<Integer> items = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        java.util.Collections.shuffle(items, new Random(seed));
        return items;
    }
}
