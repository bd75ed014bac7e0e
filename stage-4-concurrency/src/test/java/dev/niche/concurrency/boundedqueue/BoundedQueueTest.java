package dev.niche.concurrency.boundedqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.PropertyTimeout;
import dev.niche.katas.grader.concurrency.BackgroundCall;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/bounded-queue", title = "Blocking bounded queue with a lock and conditions", order = 4,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
class BoundedQueueTest {
    private static final long SHORT_TIMEOUT_MILLIS = 50;
    private static final long WAIT_FOR_HELPER_MILLIS = 5_000;

    // ---- examples: one thread, or one helper thread that the test watches ----

    @Test
    @DisplayName("elements leave in the order they entered; offer refuses when full, poll returns null when empty")
    void firstInFirstOut() throws InterruptedException {
        BoundedQueue<String> queue = new BoundedQueue<>(3);
        assertThat(queue.capacity()).isEqualTo(3);
        assertThat(queue.poll()).as("poll() on an empty queue").isNull();
        queue.put("a");
        queue.put("b");
        assertThat(queue.offer("c")).as("offer(c) with one slot free").isTrue();
        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.offer("d")).as("offer(d) on a full queue").isFalse();
        assertThat(queue.take()).isEqualTo("a");
        queue.put("d");
        assertThat(queue.take()).isEqualTo("b");
        assertThat(queue.poll()).isEqualTo("c");
        assertThat(queue.poll(1, TimeUnit.SECONDS)).as("poll(1 s) with an element present").isEqualTo("d");
        assertThat(queue.size()).isZero();
    }

    @Test
    @DisplayName("the slots are reused: many times the capacity goes through a queue of 2")
    void wrapsAround() throws InterruptedException {
        BoundedQueue<Integer> queue = new BoundedQueue<>(2);
        for (int i = 0; i < 10; i++) {
            queue.put(i);
            assertThat(queue.offer(i + 100, 1, TimeUnit.SECONDS)).as("offer(%d, 1 s) with a slot free", i + 100)
                    .isTrue();
            assertThat(queue.take()).isEqualTo(i);
            assertThat(queue.take()).isEqualTo(i + 100);
        }
        assertThat(queue.size()).isZero();
    }

    @Test
    @DisplayName("poll with a timeout on an empty queue returns null after the timeout")
    void pollTimesOut() throws InterruptedException {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        long start = System.nanoTime();
        assertThat(queue.poll(SHORT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).as("poll(50 ms) on an empty queue")
                .isNull();
        assertThat(millisSince(start)).as("milliseconds poll(50 ms) waited")
                .isGreaterThanOrEqualTo(SHORT_TIMEOUT_MILLIS);
    }

    @Test
    @DisplayName("offer with a timeout on a full queue returns false after the timeout and adds nothing")
    void offerTimesOut() throws InterruptedException {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        queue.put("first");
        long start = System.nanoTime();
        assertThat(queue.offer("late", SHORT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                .as("offer(late, 50 ms) on a full queue").isFalse();
        assertThat(millisSince(start)).as("milliseconds offer(late, 50 ms) waited")
                .isGreaterThanOrEqualTo(SHORT_TIMEOUT_MILLIS);
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.take()).isEqualTo("first");
    }

    @Test
    @DisplayName("a capacity below 1 is rejected, naming capacity")
    void rejectsBadCapacity() {
        assertThatThrownBy(() -> new BoundedQueue<String>(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
        assertThatThrownBy(() -> new BoundedQueue<String>(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }

    @Test
    @DisplayName("a null element is rejected by put and both offers, naming element, and nothing is added")
    void rejectsNull() {
        BoundedQueue<String> queue = new BoundedQueue<>(2);
        assertThatThrownBy(() -> queue.put(null)).as("put(null)").isInstanceOf(NullPointerException.class)
                .hasMessageContaining("element");
        assertThatThrownBy(() -> queue.offer(null)).as("offer(null)").isInstanceOf(NullPointerException.class)
                .hasMessageContaining("element");
        assertThatThrownBy(() -> queue.offer(null, 1, TimeUnit.SECONDS)).as("offer(null, 1 s)")
                .isInstanceOf(NullPointerException.class).hasMessageContaining("element");
        assertThat(queue.size()).isZero();
    }

    @Test
    @DisplayName("put on a full queue waits, without spinning, until a take makes room")
    void putWaitsForRoom() throws Exception {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        queue.put("first");
        BackgroundCall producer = BackgroundCall.start("put(second) on a full queue", () -> queue.put("second"));
        producer.awaitBlocked();
        assertThat(queue.size()).as("size while put(second) waits").isEqualTo(1);
        assertThat(queue.take()).isEqualTo("first");
        producer.awaitDone();
        assertThat(queue.take()).isEqualTo("second");
    }

    @Test
    @DisplayName("take on an empty queue waits, without spinning, until a put brings an element")
    void takeWaitsForElement() throws Exception {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        AtomicReference<String> taken = new AtomicReference<>();
        BackgroundCall consumer = BackgroundCall.start("take() on an empty queue", () -> taken.set(queue.take()));
        consumer.awaitBlocked();
        queue.put("parcel");
        consumer.awaitDone();
        assertThat(taken.get()).as("what the waiting take() returned").isEqualTo("parcel");
        assertThat(queue.size()).isZero();
    }

    @Test
    @DisplayName("a take interrupted while it waits throws InterruptedException and takes nothing")
    void interruptedTakeTakesNothing() throws Exception {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        AtomicReference<String> taken = new AtomicReference<>();
        BackgroundCall consumer = BackgroundCall.start("take() on an empty queue", () -> taken.set(queue.take()));
        consumer.awaitBlocked();
        consumer.thread().interrupt();
        consumer.finishesWithin(Duration.ofMillis(WAIT_FOR_HELPER_MILLIS));
        assertThat(consumer.thread().isAlive()).as("take() still waits after its thread was interrupted").isFalse();
        assertThat(consumer.failure()).as("what the interrupted take() threw (it returned %s)", taken.get())
                .isInstanceOf(InterruptedException.class);
        queue.put("kept");
        assertThat(queue.poll()).as("the element put after the interrupted take").isEqualTo("kept");
    }

    @Test
    @DisplayName("an interrupted thread gets InterruptedException from a put or take that would wait; nothing changes")
    void alreadyInterrupted() throws InterruptedException {
        BoundedQueue<String> queue = new BoundedQueue<>(1);
        try {
            Thread.currentThread().interrupt();
            assertThatThrownBy(queue::take).as("take() on an empty queue, thread interrupted")
                    .isInstanceOf(InterruptedException.class);
            queue.put("only");
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> queue.put("extra")).as("put(extra) on a full queue, thread interrupted")
                    .isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted())
                    .as("interrupt flag still set after the InterruptedException").isFalse();
        } finally {
            Thread.interrupted();
        }
        assertThat(queue.size()).isEqualTo(1);
        assertThat(queue.poll()).isEqualTo("only");
    }

    // ---- property: one thread, against ArrayDeque ----

    /**
     * A script of calls that never block: a value v >= 0 adds v (with put when there is room and v is even,
     * else with offer), -1 removes (with take when there is an element, else with poll), -2 reads the size.
     */
    @Property(tries = 200)
    @PropertyTimeout(seconds = 20)
    @Label("behaves like an ArrayDeque with a capacity, on any script of calls that do not block")
    void agreesWithArrayDeque(@ForAll @IntRange(min = 1, max = 4) int capacity,
                              @ForAll @Size(max = 40) List<@IntRange(min = -2, max = 9) Integer> script)
            throws InterruptedException {
        BoundedQueue<Integer> queue = new BoundedQueue<>(capacity);
        ArrayDeque<Integer> model = new ArrayDeque<>();
        List<String> calls = new ArrayList<>();
        for (int step : script) {
            boolean room = model.size() < capacity;
            if (step >= 0 && room && step % 2 == 0) {
                calls.add("put(" + step + ")");
                queue.put(step);
                model.addLast(step);
            } else if (step >= 0) {
                calls.add("offer(" + step + ")");
                assertThat(queue.offer(step)).as("capacity %d, after %s", capacity, calls).isEqualTo(room);
                if (room) {
                    model.addLast(step);
                }
            } else if (step == -1 && !model.isEmpty()) {
                calls.add("take()");
                assertThat(queue.take()).as("capacity %d, after %s", capacity, calls).isEqualTo(model.pollFirst());
            } else if (step == -1) {
                calls.add("poll()");
                assertThat(queue.poll()).as("capacity %d, after %s", capacity, calls).isNull();
            } else {
                calls.add("size()");
                assertThat(queue.size()).as("capacity %d, after %s", capacity, calls).isEqualTo(model.size());
            }
        }
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("6 producers, 6 consumers, capacity 1: each item taken once, in order, nobody left waiting")
    void producersAndConsumers() {
        int producers = 6;
        int consumers = 6;
        int itemsPerProducer = 3_000;
        int capacity = 1;
        BoundedQueue<Item> queue = new BoundedQueue<>(capacity);
        int takesPerConsumer = producers * itemsPerProducer / consumers;
        List<List<Item>> takenBy = new ArrayList<>();
        for (int c = 0; c < consumers; c++) {
            takenBy.add(new ArrayList<>(takesPerConsumer));
        }
        AtomicInteger largestSize = new AtomicInteger();
        AtomicInteger smallestSize = new AtomicInteger();

        Stress.threads(producers + consumers).timeLimit(Duration.ofSeconds(8)).run(
                producers + " producers (" + itemsPerProducer + " puts each) and " + consumers + " consumers ("
                        + takesPerConsumer + " takes each) on a queue of capacity " + capacity,
                thread -> {
                    if (thread < producers) {
                        for (int seq = 0; seq < itemsPerProducer; seq++) {
                            queue.put(new Item(thread, seq));
                            largestSize.accumulateAndGet(queue.size(), Math::max);
                        }
                    } else {
                        List<Item> mine = takenBy.get(thread - producers);
                        for (int i = 0; i < takesPerConsumer; i++) {
                            mine.add(queue.take());
                            smallestSize.accumulateAndGet(queue.size(), Math::min);
                        }
                    }
                });

        assertThat(largestSize.get()).as("the largest size() seen with capacity %d", capacity)
                .isLessThanOrEqualTo(capacity);
        assertThat(smallestSize.get()).as("the smallest size() seen").isGreaterThanOrEqualTo(0);
        int[][] timesTaken = new int[producers][itemsPerProducer];
        for (int c = 0; c < consumers; c++) {
            int[] lastSeqFrom = new int[producers];
            Arrays.fill(lastSeqFrom, -1);
            for (Item item : takenBy.get(c)) {
                if (item == null) {
                    fail("consumer thread-%d took null: take() must return an element", producers + c);
                }
                if (item.seq() <= lastSeqFrom[item.producer()]) {
                    fail("consumer thread-%d took item %d of producer %d after its item %d: a producer's items"
                            + " must come out in the order they were put", producers + c, item.seq(),
                            item.producer(), lastSeqFrom[item.producer()]);
                }
                lastSeqFrom[item.producer()] = item.seq();
                timesTaken[item.producer()][item.seq()]++;
            }
        }
        for (int p = 0; p < producers; p++) {
            for (int seq = 0; seq < itemsPerProducer; seq++) {
                if (timesTaken[p][seq] != 1) {
                    fail("item %d of producer %d was taken %d times (each item must be taken exactly once)",
                            seq, p, timesTaken[p][seq]);
                }
            }
        }
        assertThat(queue.size()).as("size() after every item was taken").isZero();
    }

    /** One item of the stress run: who put it, and its number in that producer's sequence. */
    record Item(int producer, int seq) {
    }

    // ---- helpers ----

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
