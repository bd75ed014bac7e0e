package dev.niche.concurrency.aba;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Linearizability;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/aba", title = "ABA: a recycling lock-free stack, fixed with a stamp", order = 14,
        checkpoints = "4.3", naiveViolates = CheckKind.CONCURRENCY, refactoring = true)
class AbaTest {

    // ---- examples: one thread, the behaviour to keep ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("pop returns the items in reverse order of push")
    void lastInFirstOut() {
        RecyclingStack<String> stack = new RecyclingStack<>();
        stack.push("a");
        stack.push("b");
        stack.push("c");
        assertThat(stack.pop()).isEqualTo("c");
        assertThat(stack.pop()).isEqualTo("b");
        stack.push("d");
        assertThat(stack.pop()).isEqualTo("d");
        assertThat(stack.pop()).isEqualTo("a");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an empty stack pops null and stays usable")
    void emptyStack() {
        RecyclingStack<String> stack = new RecyclingStack<>();
        assertThat(stack.isEmpty()).isTrue();
        assertThat(stack.pop()).isNull();
        stack.push("a");
        assertThat(stack.isEmpty()).isFalse();
        assertThat(stack.pop()).isEqualTo("a");
        assertThat(stack.pop()).isNull();
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("push(null) throws NullPointerException naming item, and the stack is unchanged")
    void rejectsNull() {
        RecyclingStack<String> stack = new RecyclingStack<>();
        stack.push("a");
        assertThatThrownBy(() -> stack.push(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("item");
        assertThat(stack.pop()).isEqualTo("a");
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("reused nodes carry their new items: pop two, push two, in many rounds")
    void reusedNodesCarryNewItems() {
        RecyclingStack<Integer> stack = new RecyclingStack<>();
        Deque<Integer> expected = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) {
            stack.push(i);
            expected.push(i);
        }
        for (int round = 0; round < 1_000; round++) {
            assertThat(stack.pop()).as("round %d, first pop", round).isEqualTo(expected.pop());
            assertThat(stack.pop()).as("round %d, second pop", round).isEqualTo(expected.pop());
            stack.push(100 + round);
            expected.push(100 + round);
            stack.push(-round);
            expected.push(-round);
        }
        while (!expected.isEmpty()) {
            assertThat(stack.pop()).isEqualTo(expected.pop());
        }
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a stack drained and refilled many times keeps every item")
    void drainAndRefill() {
        RecyclingStack<Integer> stack = new RecyclingStack<>();
        for (int round = 0; round < 50; round++) {
            for (int i = 0; i < 100; i++) {
                stack.push(round * 1_000 + i);
            }
            for (int i = 99; i >= 0; i--) {
                assertThat(stack.pop()).isEqualTo(round * 1_000 + i);
            }
            assertThat(stack.pop()).isNull();
        }
    }

    // ---- concurrency: Lincheck explores thread switches at every shared access ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("pop never installs a recycled node's stale successor (no ABA): push and pop are linearizable")
    void noAba() {
        Linearizability.of(StackOperations.class)
                .startedBy(() -> new RecyclingStack<Integer>().push(1))
                .threads(2)
                .actorsPerThread(3)
                .actorsBefore(0)
                .actorsAfter(2)
                .iterations(8)
                .invocationsPerIteration(30)
                .modelCheck();
    }

    /**
     * The operations Lincheck runs concurrently on one {@link RecyclingStack} that already holds 10, 20, 30
     * (30 on top): enough items that one thread can pop twice while another is paused in its pop.
     */
    @Param(name = "item", gen = IntGen.class, conf = "1:9")
    public static class StackOperations {
        private final RecyclingStack<Integer> stack = new RecyclingStack<>();

        public StackOperations() {
            stack.push(10);
            stack.push(20);
            stack.push(30);
        }

        @Operation
        public void push(@Param(name = "item") int item) {
            stack.push(item);
        }

        @Operation
        public Integer pop() {
            return stack.pop();
        }
    }
}
