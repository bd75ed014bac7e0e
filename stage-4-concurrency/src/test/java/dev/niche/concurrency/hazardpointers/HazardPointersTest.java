package dev.niche.concurrency.hazardpointers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Linearizability;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/hazard-pointers", title = "Hazard pointers: reclaim pooled nodes safely", order = 16,
        checkpoints = "4.3", naiveViolates = CheckKind.CONCURRENCY)
class HazardPointersTest {

    // ---- examples: one thread, the bookkeeping ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a protected node survives a scan; once cleared, the next scan recycles it")
    void protectedNodeSurvives() {
        NodePool pool = new NodePool();
        HazardPointers hazards = new HazardPointers(pool, 2, 1);
        AtomicReference<Node> source = new AtomicReference<>(pool.acquire(7));
        Node old = hazards.protect(0, source);
        assertThat(old).as("protect returns the node the source holds").isSameAs(source.get());
        source.set(pool.acquire(8));
        hazards.retire(1, old);
        assertThat(old.isFree()).as("the retired node is free while slot 0 protects it").isFalse();
        assertThat(old.value()).isEqualTo(7);
        hazards.clear(0);
        assertThat(hazards.scan(1)).as("nodes the scan after clear(0) recycles").isEqualTo(1);
        assertThat(old.isFree()).isTrue();
        assertThat(pool.errors()).isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("retire defers: nothing is recycled until the slot holds scanThreshold retired nodes")
    void retireWaitsForThreshold() {
        NodePool pool = new NodePool();
        HazardPointers hazards = new HazardPointers(pool, 2, 3);
        Node a = pool.acquire(1);
        Node b = pool.acquire(2);
        Node c = pool.acquire(3);
        hazards.retire(0, a);
        hazards.retire(0, b);
        assertThat(pool.recycled()).as("nodes recycled after 2 retires with scanThreshold 3").isZero();
        hazards.retire(0, c);
        assertThat(pool.recycled()).as("nodes recycled after the 3rd retire").isEqualTo(3);
        assertThat(pool.inUse()).isZero();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("scan keeps a protected node for later; protect in the same slot moves the hazard")
    void scanKeepsProtected() {
        NodePool pool = new NodePool();
        HazardPointers hazards = new HazardPointers(pool, 2, 10);
        AtomicReference<Node> source = new AtomicReference<>(pool.acquire(1));
        Node first = hazards.protect(1, source);
        Node other = pool.acquire(2);
        hazards.retire(0, first);
        hazards.retire(0, other);
        assertThat(hazards.scan(0)).as("nodes recycled while slot 1 protects the first").isEqualTo(1);
        assertThat(first.isFree()).isFalse();
        assertThat(other.isFree()).isTrue();
        source.set(pool.acquire(3));
        assertThat(hazards.protect(1, source).value()).isEqualTo(3);
        assertThat(hazards.scan(0)).as("nodes recycled once slot 1 protects another node").isEqualTo(1);
        assertThat(first.isFree()).isTrue();
        assertThat(hazards.scan(0)).as("a scan of an empty retired list").isZero();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("protect on a source that holds null returns null")
    void protectNull() {
        HazardPointers hazards = new HazardPointers(new NodePool(), 1, 1);
        assertThat(hazards.protect(0, new AtomicReference<>())).isNull();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("SharedValue reads the last value written, and old nodes go back to the pool")
    void sharedValueOneThread() {
        NodePool pool = new NodePool();
        SharedValue shared = new SharedValue(pool, new HazardPointers(pool, 1, 2), 0);
        assertThat(shared.read(0)).isZero();
        shared.replace(0, 5);
        assertThat(shared.read(0)).isEqualTo(5);
        shared.replace(0, 6);
        assertThat(shared.read(0)).isEqualTo(6);
        assertThat(pool.inUse()).as("nodes in use after 2 replaces with scanThreshold 2").isEqualTo(1);
        assertThat(pool.errors()).isEmpty();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad arguments are refused with a message that names them")
    void badArguments() {
        NodePool pool = new NodePool();
        assertThatThrownBy(() -> new HazardPointers(pool, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slots");
        assertThatThrownBy(() -> new HazardPointers(pool, 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scanThreshold");
        assertThatThrownBy(() -> new HazardPointers(null, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("pool");
        HazardPointers hazards = new HazardPointers(pool, 2, 1);
        AtomicReference<Node> source = new AtomicReference<>(pool.acquire(1));
        assertThatThrownBy(() -> hazards.protect(2, source))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("slot");
        assertThatThrownBy(() -> hazards.clear(-1))
                .isInstanceOf(IndexOutOfBoundsException.class).hasMessageContaining("slot");
        assertThatThrownBy(() -> hazards.protect(0, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> hazards.retire(0, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("node");
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("a reader never reads a node that a writer has recycled (every interleaving Lincheck tries)")
    void noUseAfterRecycle() {
        // One read against one replace is enough for the race, so each thread runs one operation: the model
        // checker can then afford every switch point of a few small scenarios, and finds the race every run.
        Linearizability.of(SharedValueOperations.class)
                .startedBy(() -> new SharedValueOperations().read(0))
                .actorsPerThread(1).iterations(3).invocationsPerIteration(30)
                .modelCheck();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("2 readers and 2 writers: no use after recycle, and every retired node is recycled exactly once")
    void exactAccounting() {
        int readers = 2;
        int writers = 2;
        int reads = 10_000;
        int writes = 3_000;
        NodePool pool = new NodePool();
        HazardPointers hazards = new HazardPointers(pool, readers + writers, 4);
        SharedValue shared = new SharedValue(pool, hazards, 0);
        AtomicLong replaced = new AtomicLong();
        Stress.threads(readers + writers).timeLimit(Duration.ofSeconds(12)).run(readers + " threads reading and " + writers
                + " replacing the shared value, each with its own slot", t -> {
                    if (t < writers) {
                        for (int k = 1; k <= writes; k++) {
                            shared.replace(t, (t + 1) * 1_000_000 + k);
                            replaced.incrementAndGet();
                        }
                        return;
                    }
                    int[] latestSeen = new int[writers + 1];
                    for (int k = 0; k < reads; k++) {
                        int value = shared.read(t);
                        int writer = value / 1_000_000;
                        int sequence = value % 1_000_000;
                        assertThat(writer).as("the writer encoded in value " + value + " (0 is the initial value)")
                                .isBetween(0, writers);
                        assertThat(sequence).as("read " + value + " after writer " + writer + "'s write #"
                                + latestSeen[writer] + ": a value goes back in time only if its node was reused")
                                .isGreaterThanOrEqualTo(latestSeen[writer]);
                        latestSeen[writer] = sequence;
                    }
                });
        assertThat(pool.errors()).as("misuses the pool recorded").isEmpty();
        for (int slot = 0; slot < readers + writers; slot++) {
            hazards.scan(slot);
        }
        assertThat(pool.recycled()).as("nodes recycled once every slot scanned with no hazard left; each of the "
                + replaced.get() + " replaces retired one node").isEqualTo(replaced.get());
        assertThat(pool.inUse()).as("nodes still in use: the current value's").isEqualTo(1);
        assertThat(pool.errors()).as("misuses the pool recorded").isEmpty();
    }

    /**
     * The operations Lincheck runs on one {@link SharedValue}, each thread in its own slot. The scan threshold is
     * 1, so every replace scans at once: the shortest way to a use after recycle.
     */
    public static class SharedValueOperations {
        private static final int SLOTS = 4;
        private final NodePool pool = new NodePool();
        private final SharedValue shared = new SharedValue(pool, new HazardPointers(pool, SLOTS, 1), 0);

        @Operation(nonParallelGroup = "readers")
        public int read(@Param(gen = ThreadIdGen.class) int thread) {
            return shared.read(thread);
        }

        @Operation(nonParallelGroup = "writers")
        public void replace(@Param(gen = ThreadIdGen.class) int thread,
                @Param(gen = IntGen.class, conf = "1:9") int value) {
            shared.replace(thread, value);
        }
    }
}
