package dev.niche.concurrency.treiberstack;

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

@Kata(id = "concurrency/treiber-stack", title = "Treiber stack: lock-free push and pop with compare-and-set",
        order = 13, checkpoints = "4.3", naiveViolates = CheckKind.CONCURRENCY)
class TreiberStackTest {

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("pop returns the items in reverse order of push")
    void lastInFirstOut() {
        TreiberStack<String> stack = new TreiberStack<>();
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
    @DisplayName("an empty stack pops and peeks null, and stays usable")
    void emptyStack() {
        TreiberStack<String> stack = new TreiberStack<>();
        assertThat(stack.isEmpty()).isTrue();
        assertThat(stack.pop()).isNull();
        assertThat(stack.peek()).isNull();
        stack.push("a");
        assertThat(stack.pop()).isEqualTo("a");
        assertThat(stack.pop()).isNull();
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("peek shows the top without removing it; isEmpty follows pushes and pops")
    void peekAndIsEmpty() {
        TreiberStack<Integer> stack = new TreiberStack<>();
        stack.push(1);
        stack.push(2);
        assertThat(stack.isEmpty()).isFalse();
        assertThat(stack.peek()).isEqualTo(2);
        assertThat(stack.peek()).isEqualTo(2);
        assertThat(stack.pop()).isEqualTo(2);
        assertThat(stack.peek()).isEqualTo(1);
        assertThat(stack.pop()).isEqualTo(1);
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("push(null) throws NullPointerException naming item, and the stack is unchanged")
    void rejectsNull() {
        TreiberStack<String> stack = new TreiberStack<>();
        stack.push("a");
        assertThatThrownBy(() -> stack.push(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("item");
        assertThat(stack.pop()).isEqualTo("a");
        assertThat(stack.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("ten thousand pushes then pops come back in reverse order")
    void manyItems() {
        TreiberStack<Integer> stack = new TreiberStack<>();
        for (int i = 0; i < 10_000; i++) {
            stack.push(i);
        }
        for (int i = 9_999; i >= 0; i--) {
            assertThat(stack.pop()).isEqualTo(i);
        }
        assertThat(stack.isEmpty()).isTrue();
    }

    // ---- concurrency: Lincheck explores thread switches at every shared access ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("push, pop, peek and isEmpty are linearizable and lock-free")
    void linearizableAndLockFree() {
        Linearizability.of(StackOperations.class)
                .startedBy(() -> new TreiberStack<Integer>().push(1))
                .sequentialModel(DequeStack.class)
                .iterations(5)
                .invocationsPerIteration(100)
                .lockFree()
                .modelCheck();
    }

    /** The operations Lincheck runs concurrently on one {@link TreiberStack}. */
    @Param(name = "item", gen = IntGen.class, conf = "1:9")
    public static class StackOperations {
        private final TreiberStack<Integer> stack = new TreiberStack<>();

        @Operation
        public void push(@Param(name = "item") int item) {
            stack.push(item);
        }

        @Operation
        public Integer pop() {
            return stack.pop();
        }

        @Operation
        public Integer peek() {
            return stack.peek();
        }

        @Operation
        public boolean isEmpty() {
            return stack.isEmpty();
        }
    }

    /** The specification: the same operations on a JDK stack, one call at a time. */
    @Param(name = "item", gen = IntGen.class, conf = "1:9")
    public static class DequeStack {
        private final Deque<Integer> stack = new ArrayDeque<>();

        @Operation
        public void push(@Param(name = "item") int item) {
            stack.push(item);
        }

        @Operation
        public Integer pop() {
            return stack.pollFirst();
        }

        @Operation
        public Integer peek() {
            return stack.peekFirst();
        }

        @Operation
        public boolean isEmpty() {
            return stack.isEmpty();
        }
    }
}
