package dev.niche.concurrency.msqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Linearizability;
import java.util.ArrayDeque;
import java.util.Queue;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/ms-queue", title = "Michael-Scott queue: lock-free, with a helping tail", order = 15,
        checkpoints = "4.3", naiveViolates = CheckKind.CONCURRENCY)
class MsQueueTest {

    // ---- examples: one thread ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("dequeue returns the items in the order they were enqueued")
    void firstInFirstOut() {
        MichaelScottQueue<String> queue = new MichaelScottQueue<>();
        queue.enqueue("a");
        queue.enqueue("b");
        assertThat(queue.dequeue()).isEqualTo("a");
        queue.enqueue("c");
        assertThat(queue.dequeue()).isEqualTo("b");
        assertThat(queue.dequeue()).isEqualTo("c");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("an empty queue dequeues and peeks null, and stays usable after being drained")
    void emptyQueue() {
        MichaelScottQueue<String> queue = new MichaelScottQueue<>();
        assertThat(queue.isEmpty()).isTrue();
        assertThat(queue.dequeue()).isNull();
        assertThat(queue.peek()).isNull();
        queue.enqueue("a");
        assertThat(queue.dequeue()).isEqualTo("a");
        assertThat(queue.dequeue()).isNull();
        assertThat(queue.isEmpty()).isTrue();
        queue.enqueue("b");
        assertThat(queue.peek()).isEqualTo("b");
        assertThat(queue.dequeue()).isEqualTo("b");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("peek shows the first item without removing it; isEmpty follows enqueues and dequeues")
    void peekAndIsEmpty() {
        MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();
        queue.enqueue(1);
        queue.enqueue(2);
        assertThat(queue.isEmpty()).isFalse();
        assertThat(queue.peek()).isEqualTo(1);
        assertThat(queue.peek()).isEqualTo(1);
        assertThat(queue.dequeue()).isEqualTo(1);
        assertThat(queue.peek()).isEqualTo(2);
        assertThat(queue.dequeue()).isEqualTo(2);
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("enqueue(null) throws NullPointerException naming item, and the queue is unchanged")
    void rejectsNull() {
        MichaelScottQueue<String> queue = new MichaelScottQueue<>();
        queue.enqueue("a");
        assertThatThrownBy(() -> queue.enqueue(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("item");
        assertThat(queue.dequeue()).isEqualTo("a");
        assertThat(queue.isEmpty()).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("ten thousand items, enqueued and dequeued in waves, keep their order")
    void manyItems() {
        MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();
        int next = 0;
        for (int wave = 0; wave < 100; wave++) {
            for (int i = 0; i < 100; i++) {
                queue.enqueue(wave * 100 + i);
            }
            for (int i = 0; i < 50; i++) {
                assertThat(queue.dequeue()).isEqualTo(next++);
            }
        }
        while (next < 10_000) {
            assertThat(queue.dequeue()).isEqualTo(next++);
        }
        assertThat(queue.isEmpty()).isTrue();
    }

    // ---- concurrency: Lincheck explores thread switches at every shared access ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("enqueue, dequeue, peek and isEmpty are linearizable and lock-free (a lagging tail is helped)")
    void linearizableAndLockFree() {
        Linearizability.of(QueueOperations.class)
                .startedBy(() -> new MichaelScottQueue<Integer>().enqueue(1))
                .sequentialModel(DequeQueue.class)
                .iterations(5)
                .invocationsPerIteration(50)
                .lockFree()
                .modelCheck();
    }

    /** The operations Lincheck runs concurrently on one {@link MichaelScottQueue}. */
    @Param(name = "item", gen = IntGen.class, conf = "1:9")
    public static class QueueOperations {
        private final MichaelScottQueue<Integer> queue = new MichaelScottQueue<>();

        @Operation
        public void enqueue(@Param(name = "item") int item) {
            queue.enqueue(item);
        }

        @Operation
        public Integer dequeue() {
            return queue.dequeue();
        }

        @Operation
        public Integer peek() {
            return queue.peek();
        }

        @Operation
        public boolean isEmpty() {
            return queue.isEmpty();
        }
    }

    /** The specification: the same operations on a JDK queue, one call at a time. */
    @Param(name = "item", gen = IntGen.class, conf = "1:9")
    public static class DequeQueue {
        private final Queue<Integer> queue = new ArrayDeque<>();

        @Operation
        public void enqueue(@Param(name = "item") int item) {
            queue.add(item);
        }

        @Operation
        public Integer dequeue() {
            return queue.poll();
        }

        @Operation
        public Integer peek() {
            return queue.peek();
        }

        @Operation
        public boolean isEmpty() {
            return queue.isEmpty();
        }
    }
}
