package dev.niche.foundations.ringdeque;

import static dev.niche.katas.grader.complexity.Complexity.assertComplexity;
import static dev.niche.katas.grader.complexity.Complexity.powersOfTwo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.BenchCheck;
import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.complexity.Complexity;
import dev.niche.katas.grader.complexity.Growth;
import dev.niche.katas.grader.complexity.Workload;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Kata(id = "foundations/ring-deque", title = "Circular-buffer deque", order = 80, checkpoints = "1.3",
        naiveViolates = CheckKind.COMPLEXITY)
class RingDequeTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("addFirst and addLast put elements at the two ends")
    void addsAtBothEnds() {
        RingDeque<Integer> deque = new RingDeque<>();
        deque.addLast(1);
        deque.addLast(2);
        deque.addFirst(0);
        deque.addFirst(-1);
        assertThat(contents(deque)).as("after addLast 1, addLast 2, addFirst 0, addFirst -1")
                .containsExactly(-1, 0, 1, 2);
        assertThat(deque.peekFirst()).as("peekFirst").isEqualTo(-1);
        assertThat(deque.peekLast()).as("peekLast").isEqualTo(2);
        assertThat(deque.size()).as("size after the peeks").isEqualTo(4);
    }

    @Test
    @DisplayName("pollFirst and pollLast remove from the two ends")
    void pollsFromBothEnds() {
        RingDeque<String> deque = dequeOf("a", "b", "c", "d", "e");
        assertThat(deque.pollFirst()).as("pollFirst of [a, b, c, d, e]").isEqualTo("a");
        assertThat(deque.pollLast()).as("then pollLast").isEqualTo("e");
        assertThat(deque.pollFirst()).as("then pollFirst").isEqualTo("b");
        assertThat(contents(deque)).as("what is left").containsExactly("c", "d");
    }

    @Test
    @DisplayName("on an empty deque, poll and peek return null")
    void emptyDequeGivesNull() {
        RingDeque<Integer> deque = new RingDeque<>();
        assertThat(deque.isEmpty()).as("isEmpty of a new deque").isTrue();
        assertThat(deque.pollFirst()).as("pollFirst of a new deque").isNull();
        assertThat(deque.pollLast()).as("pollLast of a new deque").isNull();
        assertThat(deque.peekFirst()).as("peekFirst of a new deque").isNull();
        assertThat(deque.peekLast()).as("peekLast of a new deque").isNull();
        deque.addFirst(7);
        assertThat(deque.pollLast()).as("pollLast after addFirst(7)").isEqualTo(7);
        assertThat(deque.pollFirst()).as("pollFirst once it is empty again").isNull();
        assertThat(deque.size()).as("size after polling an empty deque").isZero();
    }

    @Test
    @DisplayName("keeps its order while the elements travel around the buffer many times, both ways")
    void wrapsAround() {
        RingDeque<Integer> deque = dequeOf(1, 2, 3, 4, 5);
        for (int i = 0; i < 1003; i++) {
            deque.addLast(deque.pollFirst());
        }
        assertThat(contents(deque)).as("[1, 2, 3, 4, 5] after 1003 times addLast(pollFirst())")
                .containsExactly(4, 5, 1, 2, 3);
        for (int i = 0; i < 1001; i++) {
            deque.addFirst(deque.pollLast());
        }
        assertThat(contents(deque)).as("then after 1001 times addFirst(pollLast())")
                .containsExactly(3, 4, 5, 1, 2);
    }

    @Test
    @DisplayName("grows while its elements wrap around the end of the buffer, keeping their order")
    void growsWhileWrapped() {
        RingDeque<Integer> deque = new RingDeque<>();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            if (i % 2 == 1) {
                deque.addFirst(-i);
                expected.add(0, -i);
            } else {
                deque.addLast(i);
                expected.add(i);
            }
        }
        assertThat(contents(deque)).as("after addFirst(-i) for odd i and addLast(i) for even i, i = 1..1000")
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("a null element is rejected with a message naming it")
    void rejectsNull() {
        RingDeque<String> deque = new RingDeque<>();
        assertThatThrownBy(() -> deque.addFirst(null)).as("addFirst(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("element");
        assertThatThrownBy(() -> deque.addLast(null)).as("addLast(null)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("element");
        assertThat(deque.size()).as("size after the refused adds").isZero();
    }

    @Test
    @DisplayName("get outside 0 to size - 1 is rejected with a message naming the index and the size")
    void rejectsIndexOutOfRange() {
        RingDeque<String> deque = dequeOf("x", "y", "z");
        assertThatThrownBy(() -> deque.get(7)).as("get(7) on a deque of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("7").hasMessageContaining("3");
        assertThatThrownBy(() -> deque.get(3)).as("get(3) on a deque of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("3");
        assertThatThrownBy(() -> deque.get(-1)).as("get(-1)")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("-1");
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /** One step of a random scenario; {@code value} is used by the adds only. */
    record Op(String name, int value) {
        @Override
        public String toString() {
            return name.startsWith("add") ? name + "(" + value + ")" : name + "()";
        }
    }

    @Property(tries = 300)
    @Label("behaves like java.util.ArrayDeque under any mix of adds, polls and peeks at both ends")
    void matchesArrayDeque(@ForAll("operations") List<Op> ops) {
        RingDeque<Integer> deque = new RingDeque<>();
        ArrayDeque<Integer> model = new ArrayDeque<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            switch (op.name()) {
                case "addFirst":
                    deque.addFirst(op.value());
                    model.addFirst(op.value());
                    break;
                case "addLast":
                    deque.addLast(op.value());
                    model.addLast(op.value());
                    break;
                case "pollFirst":
                    assertThat(deque.pollFirst()).as("step %d: %s", i, op).isEqualTo(model.pollFirst());
                    break;
                case "pollLast":
                    assertThat(deque.pollLast()).as("step %d: %s", i, op).isEqualTo(model.pollLast());
                    break;
                case "peekFirst":
                    assertThat(deque.peekFirst()).as("step %d: %s", i, op).isEqualTo(model.peekFirst());
                    break;
                default:
                    assertThat(deque.peekLast()).as("step %d: %s", i, op).isEqualTo(model.peekLast());
            }
            assertThat(deque.size()).as("size after step %d: %s", i, op).isEqualTo(model.size());
            int index = 0;
            for (Integer expected : model) {
                assertThat(deque.get(index)).as("get(%d) after step %d: %s", index, i, op).isEqualTo(expected);
                index++;
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<String> name = Arbitraries.of("addFirst", "addFirst", "addFirst", "addLast", "addLast", "addLast",
                "pollFirst", "pollFirst", "pollLast", "pollLast", "peekFirst", "peekLast");
        Arbitrary<Integer> value = Arbitraries.integers().between(-99, 99);
        return Combinators.combine(name, value).as(Op::new).list().ofMaxSize(300);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("adding at one end and polling at the other takes sublinear time on a deque of n (timing)")
    void addPollIsSublinear() {
        assertComplexity(Complexity.timing("addFirst + pollLast + addLast + pollFirst", ROTATIONS)
                .sizes(powersOfTwo(10, 17))).isAtMost(Growth.CONSTANT);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("adding at one end and polling at the other allocates nothing once the buffer is big enough")
    void addPollAllocatesNothing() {
        assertComplexity(Complexity.allocation("bytes allocated by addFirst + pollLast + addLast + pollFirst",
                ROTATIONS).sizes(powersOfTwo(8, 16))).isAtMost(Growth.CONSTANT);
    }

    @BenchCheck
    @DisplayName("adding at one end and polling at the other is sublinear (JMH)")
    void addPollBenchmark() {
        assertComplexity(Complexity.jmh("addFirst + pollLast + addLast + pollFirst", RingDequeBenchmark.class,
                "rotate").sizes(powersOfTwo(10, 16))).isAtMost(Growth.CONSTANT);
    }

    /** A deque of n elements; each run adds and polls at both ends, so the size stays n. */
    static final Workload<Rotation> ROTATIONS = Workload.of(n -> new Rotation(n), state -> state.rotate());

    /** Shared by the timing and allocation checks and the JMH benchmark. */
    static final class Rotation {
        final RingDeque<Integer> deque = new RingDeque<>();
        final Integer[] values = new Integer[1024];
        int next;

        /**
         * n elements, after holding n + 1 for a moment: the buffer then has a free slot, so no measured
         * add has to grow it (a deque of exactly 2^k elements may fill its buffer to the last slot).
         */
        Rotation(int n) {
            Random random = new Random(n);
            for (int i = 0; i < values.length; i++) {
                values[i] = random.nextInt(1_000_000);
            }
            for (int i = 0; i <= n; i++) {
                deque.addLast(values[i & (values.length - 1)]);
            }
            deque.pollLast();
        }

        /** addFirst then pollLast (the elements move one slot back), then addLast and pollFirst. */
        Integer rotate() {
            deque.addFirst(values[next]);
            deque.pollLast();
            deque.addLast(values[(next + 1) & (values.length - 1)]);
            next = (next + 2) & (values.length - 1);
            return deque.pollFirst();
        }
    }

    @SafeVarargs
    private static <E> RingDeque<E> dequeOf(E... elements) {
        RingDeque<E> deque = new RingDeque<>();
        for (E element : elements) {
            deque.addLast(element);
        }
        return deque;
    }

    private static <E> List<E> contents(RingDeque<E> deque) {
        List<E> elements = new ArrayList<>();
        for (int i = 0; i < deque.size(); i++) {
            elements.add(deque.get(i));
        }
        return elements;
    }
}
