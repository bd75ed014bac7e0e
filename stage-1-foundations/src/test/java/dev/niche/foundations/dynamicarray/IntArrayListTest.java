package dev.niche.foundations.dynamicarray;

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
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
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

@Kata(id = "foundations/dynamic-array", title = "Dynamic array with amortized O(1) append", order = 50,
        checkpoints = "1.3", naiveViolates = CheckKind.COMPLEXITY)
class IntArrayListTest {

    // ---- examples -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("get returns the appended values in order")
    void appendThenGet() {
        IntArrayList list = new IntArrayList();
        assertThat(list.isEmpty()).as("isEmpty of a new list").isTrue();
        list.add(10);
        list.add(20);
        list.add(30);
        assertThat(list.size()).as("size after appending 10, 20, 30").isEqualTo(3);
        assertThat(list.isEmpty()).as("isEmpty after three appends").isFalse();
        assertThat(List.of(list.get(0), list.get(1), list.get(2))).as("get(0), get(1), get(2)")
                .containsExactly(10, 20, 30);
    }

    @Test
    @DisplayName("set replaces one value and returns the old one")
    void setReplaces() {
        IntArrayList list = listOf(1, 2, 3);
        assertThat(list.set(1, 42)).as("set(1, 42) on [1, 2, 3] returns").isEqualTo(2);
        assertThat(contents(list)).as("contents after set(1, 42)").containsExactly(1, 42, 3);
    }

    @Test
    @DisplayName("insert moves the later values one place right; inserting at size appends")
    void insertShifts() {
        IntArrayList list = listOf(1, 2, 3);
        list.insert(0, 0);
        assertThat(contents(list)).as("[1, 2, 3] after insert(0, 0)").containsExactly(0, 1, 2, 3);
        list.insert(2, 9);
        assertThat(contents(list)).as("then after insert(2, 9)").containsExactly(0, 1, 9, 2, 3);
        list.insert(5, 7);
        assertThat(contents(list)).as("then after insert(5, 7), 5 being the size").containsExactly(0, 1, 9, 2, 3, 7);
    }

    @Test
    @DisplayName("removeLast returns the values last-in, first-out")
    void removeLastIsLifo() {
        IntArrayList list = listOf(4, 5, 6);
        assertThat(list.removeLast()).as("first removeLast of [4, 5, 6]").isEqualTo(6);
        assertThat(list.removeLast()).as("second removeLast").isEqualTo(5);
        list.add(8);
        assertThat(contents(list)).as("after appending 8").containsExactly(4, 8);
    }

    @Test
    @DisplayName("keeps every value while growing to 100,000 values")
    void grows() {
        IntArrayList list = appendValues(100_000);
        assertThat(list.size()).as("size after 100,000 appends").isEqualTo(100_000);
        for (int i = 0; i < 100_000; i++) {
            assertThat(list.get(i)).as("get(%d)", i).isEqualTo(i);
        }
    }

    @Test
    @DisplayName("an index out of range is rejected with a message naming the index and the size")
    void rejectsIndexOutOfRange() {
        IntArrayList list = listOf(1, 2, 3);
        assertThatThrownBy(() -> list.get(7)).as("get(7) on a list of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("7").hasMessageContaining("3");
        assertThatThrownBy(() -> list.get(3)).as("get(3) on a list of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("3");
        assertThatThrownBy(() -> list.get(-1)).as("get(-1)")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> list.set(5, 0)).as("set(5, 0) on a list of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("5").hasMessageContaining("3");
        assertThatThrownBy(() -> list.insert(4, 0)).as("insert(4, 0) on a list of size 3")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("4").hasMessageContaining("3");
        assertThatThrownBy(() -> list.insert(-2, 0)).as("insert(-2, 0)")
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("-2");
        assertThat(contents(list)).as("contents after the rejected calls").containsExactly(1, 2, 3);
    }

    @Test
    @DisplayName("removeLast on an empty list throws NoSuchElementException")
    void removeLastOnEmpty() {
        IntArrayList list = new IntArrayList();
        assertThatThrownBy(list::removeLast).as("removeLast on a new list")
                .isInstanceOf(NoSuchElementException.class);
        list.add(1);
        list.removeLast();
        assertThatThrownBy(list::removeLast).as("removeLast after removing the only value")
                .isInstanceOf(NoSuchElementException.class);
        assertThat(list.size()).as("size after the failed removeLast").isZero();
    }

    // ---- properties -----------------------------------------------------------------------------------------

    /**
     * One step of a random scenario. {@code position} is reduced to a valid index for the size at that step;
     * the step's description names the index actually used.
     */
    record Op(char kind, int position, int value) {
    }

    @Property(tries = 300)
    @Label("behaves like java.util.ArrayList under any mix of add, insert, set, get and removeLast")
    void matchesArrayList(@ForAll("operations") List<Op> ops) {
        IntArrayList list = new IntArrayList();
        List<Integer> model = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            String step;
            switch (op.kind()) {
                case 'a':
                    step = "add(" + op.value() + ")";
                    list.add(op.value());
                    model.add(op.value());
                    break;
                case 'i': {
                    int index = op.position() % (model.size() + 1);
                    step = "insert(" + index + ", " + op.value() + ")";
                    list.insert(index, op.value());
                    model.add(index, op.value());
                    break;
                }
                case 's': {
                    if (model.isEmpty()) {
                        continue;
                    }
                    int index = op.position() % model.size();
                    step = "set(" + index + ", " + op.value() + ")";
                    assertThat(list.set(index, op.value())).as("step %d: %s returns", i, step)
                            .isEqualTo(model.set(index, op.value()));
                    break;
                }
                default:
                    step = "removeLast()";
                    if (model.isEmpty()) {
                        assertThatThrownBy(list::removeLast).as("step %d: %s on an empty list", i, step)
                                .isInstanceOf(NoSuchElementException.class);
                    } else {
                        assertThat(list.removeLast()).as("step %d: %s returns", i, step)
                                .isEqualTo(model.remove(model.size() - 1));
                    }
            }
            assertThat(list.size()).as("size after step %d: %s", i, step).isEqualTo(model.size());
            for (int k = 0; k < model.size(); k++) {
                assertThat(list.get(k)).as("get(%d) after step %d: %s", k, i, step).isEqualTo(model.get(k));
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Character> kind = Arbitraries.of('a', 'a', 'a', 'a', 'i', 'i', 's', 'r', 'r');
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Integer> value = Arbitraries.integers().between(-99, 99);
        return Combinators.combine(kind, position, value).as(Op::new).list().ofMaxSize(300);
    }

    // ---- complexity -----------------------------------------------------------------------------------------

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("building a list by n appends allocates O(n) bytes in all (growing by a constant allocates O(n²))")
    void appendsAllocateLinearBytes() {
        assertComplexity(Complexity.allocation("bytes allocated to build 8 lists of n to 3.4n values by appending",
                BUILD_SPREAD_OF_LISTS).sizes(powersOfTwo(8, 12))).isAtMost(Growth.LINEAR);
    }

    @Test
    @Kind(CheckKind.COMPLEXITY)
    @Timeout(60)
    @DisplayName("building a list by n appends takes linear time (timing)")
    void appendsTakeLinearTime() {
        assertComplexity(Complexity.timing("n appends to a new list", BUILD_ONE_LIST).sizes(powersOfTwo(10, 17)))
                .isAtMost(Growth.LINEAR);
    }

    @BenchCheck
    @DisplayName("building a list by n appends takes linear time (JMH)")
    void appendsBenchmark() {
        assertComplexity(Complexity.jmh("n appends to a new list", IntArrayListBenchmark.class, "appendN")
                .sizes(powersOfTwo(10, 16))).isAtMost(Growth.LINEAR);
    }

    /**
     * Builds lists of 8 lengths, from n up to about 3.4n in steps of 2^(1/4), and reports the bytes of all of
     * them. One length alone would catch a growth policy at a lucky or unlucky point of its cycle (just after
     * or just before a resize), so the bytes per value could differ by up to the growth factor from one n to
     * the next; lengths spread over two doublings even that out for any factor up to 3. The lists are made
     * inside the measured call, so a large first array counts at every n and does not pass for growth.
     */
    static final Workload<int[]> BUILD_SPREAD_OF_LISTS = new Workload<>() {
        @Override
        public int[] prepare(int n) {
            int[] lengths = new int[8];
            for (int j = 0; j < lengths.length; j++) {
                lengths[j] = (int) Math.round(n * Math.pow(2, j / 4.0));
            }
            return lengths;
        }

        @Override
        public Object run(int[] lengths) {
            IntArrayList last = null;
            for (int length : lengths) {
                last = appendValues(length);
            }
            return last;
        }
    };

    /** Each run builds a new list of n values; the state is just n. */
    static final Workload<Integer> BUILD_ONE_LIST = Workload.of(n -> n, n -> appendValues(n));

    /** A new list holding 0, 1, ..., n - 1, built by n appends; shared with the JMH benchmark. */
    static IntArrayList appendValues(int n) {
        IntArrayList list = new IntArrayList();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        return list;
    }

    private static IntArrayList listOf(int... values) {
        IntArrayList list = new IntArrayList();
        for (int value : values) {
            list.add(value);
        }
        return list;
    }

    private static List<Integer> contents(IntArrayList list) {
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            values.add(list.get(i));
        }
        return values;
    }
}
