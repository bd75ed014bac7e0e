package dev.niche.concurrency.latchandsemaphore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.BackgroundCall;
import dev.niche.katas.grader.concurrency.Stress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/latch-and-semaphore", title = "Countdown latch and semaphore from scratch", order = 6,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
class LatchAndSemaphoreTest {
    private static final long SHORT_TIMEOUT_MILLIS = 50;
    private static final long WAIT_FOR_HELPER_MILLIS = 5_000;
    /** What may be used from java.util.concurrent: a time unit, and a lock with its conditions. */
    private static final Set<String> ALLOWED_FROM_JUC = Set.of("java.util.concurrent.TimeUnit",
            "java.util.concurrent.locks.Lock", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.Condition");

    // ---- latch examples ----

    @Test
    @DisplayName("the latch counts down to zero and stays there; await returns at once at zero")
    void latchCountsDown() throws InterruptedException {
        Latch latch = new Latch(2);
        assertThat(latch.getCount()).isEqualTo(2);
        latch.countDown();
        assertThat(latch.getCount()).isEqualTo(1);
        latch.countDown();
        assertThat(latch.getCount()).isZero();
        latch.countDown();
        assertThat(latch.getCount()).as("count after a count-down at zero").isZero();
        latch.await();
        assertThat(latch.await(1, TimeUnit.SECONDS)).as("await(1 s) at zero").isTrue();
    }

    @Test
    @DisplayName("a latch made with count 0 is open from the start")
    void latchOfZeroIsOpen() throws InterruptedException {
        Latch latch = new Latch(0);
        latch.await();
        assertThat(latch.await(0, TimeUnit.MILLISECONDS)).as("await(0 ms) on a latch of 0").isTrue();
    }

    @Test
    @DisplayName("a negative count is rejected, naming count")
    void latchRejectsNegativeCount() {
        assertThatThrownBy(() -> new Latch(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("count");
    }

    @Test
    @DisplayName("await with a timeout on a closed latch returns false after the timeout")
    void latchAwaitTimesOut() throws InterruptedException {
        Latch latch = new Latch(1);
        long start = System.nanoTime();
        assertThat(latch.await(SHORT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).as("await(50 ms) with count 1")
                .isFalse();
        assertThat(millisSince(start)).as("milliseconds await(50 ms) waited")
                .isGreaterThanOrEqualTo(SHORT_TIMEOUT_MILLIS);
        assertThat(latch.getCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("await waits, without spinning, until the last count-down")
    void latchAwaitWaits() throws Exception {
        Latch latch = new Latch(2);
        BackgroundCall waiter = BackgroundCall.start("await() with count 2", latch::await);
        waiter.awaitBlocked();
        latch.countDown();
        waiter.awaitBlocked();
        latch.countDown();
        waiter.awaitDone();
    }

    @Test
    @DisplayName("an interrupted thread gets InterruptedException from await on a closed latch, and the count stays")
    void latchAwaitInterrupted() {
        Latch latch = new Latch(1);
        try {
            Thread.currentThread().interrupt();
            assertThatThrownBy(latch::await).as("await() with count 1, thread interrupted")
                    .isInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted())
                    .as("interrupt flag still set after the InterruptedException").isFalse();
        } finally {
            Thread.interrupted();
        }
        assertThat(latch.getCount()).isEqualTo(1);
    }

    // ---- semaphore examples ----

    @Test
    @DisplayName("the semaphore hands out its permits, refuses when none is free, and takes them back")
    void semaphoreCountsPermits() throws InterruptedException {
        Semaphore semaphore = new Semaphore(2);
        assertThat(semaphore.availablePermits()).isEqualTo(2);
        assertThat(semaphore.tryAcquire()).as("tryAcquire() with 2 free").isTrue();
        semaphore.acquire();
        assertThat(semaphore.availablePermits()).isZero();
        assertThat(semaphore.tryAcquire()).as("tryAcquire() with none free").isFalse();
        semaphore.release();
        assertThat(semaphore.tryAcquire(1, TimeUnit.SECONDS)).as("tryAcquire(1 s) with 1 free").isTrue();
        semaphore.release();
        semaphore.release();
        assertThat(semaphore.availablePermits()).isEqualTo(2);
    }

    @Test
    @DisplayName("a semaphore of 0 starts closed, and a release adds a permit")
    void semaphoreOfZero() {
        Semaphore semaphore = new Semaphore(0);
        assertThat(semaphore.tryAcquire()).as("tryAcquire() on a semaphore of 0").isFalse();
        semaphore.release();
        assertThat(semaphore.availablePermits()).isEqualTo(1);
        assertThat(semaphore.tryAcquire()).as("tryAcquire() after a release").isTrue();
    }

    @Test
    @DisplayName("a negative number of permits is rejected, naming permits")
    void semaphoreRejectsNegativePermits() {
        assertThatThrownBy(() -> new Semaphore(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permits");
    }

    @Test
    @DisplayName("tryAcquire with a timeout returns false after the timeout when no permit is free")
    void semaphoreTryAcquireTimesOut() throws InterruptedException {
        Semaphore semaphore = new Semaphore(0);
        long start = System.nanoTime();
        assertThat(semaphore.tryAcquire(SHORT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
                .as("tryAcquire(50 ms) with none free").isFalse();
        assertThat(millisSince(start)).as("milliseconds tryAcquire(50 ms) waited")
                .isGreaterThanOrEqualTo(SHORT_TIMEOUT_MILLIS);
        assertThat(semaphore.availablePermits()).isZero();
    }

    @Test
    @DisplayName("acquire waits, without spinning, until a release frees a permit")
    void semaphoreAcquireWaits() throws Exception {
        Semaphore semaphore = new Semaphore(1);
        semaphore.acquire();
        BackgroundCall waiter = BackgroundCall.start("acquire() with no permit free", semaphore::acquire);
        waiter.awaitBlocked();
        semaphore.release();
        waiter.awaitDone();
        assertThat(semaphore.availablePermits()).as("free permits once the waiter took the released one").isZero();
    }

    @Test
    @DisplayName("an acquire interrupted while it waits throws InterruptedException and takes no permit")
    void semaphoreAcquireInterrupted() throws Exception {
        Semaphore semaphore = new Semaphore(0);
        BackgroundCall waiter = BackgroundCall.start("acquire() with no permit free", semaphore::acquire);
        waiter.awaitBlocked();
        waiter.thread().interrupt();
        waiter.finishesWithin(Duration.ofMillis(WAIT_FOR_HELPER_MILLIS));
        assertThat(waiter.thread().isAlive()).as("acquire() still waits after its thread was interrupted").isFalse();
        assertThat(waiter.failure()).as("what the interrupted acquire() threw")
                .isInstanceOf(InterruptedException.class);
        semaphore.release();
        assertThat(semaphore.availablePermits()).as("free permits after one release").isEqualTo(1);
    }

    // ---- design: built from scratch ----

    @Test
    @Kind(CheckKind.DESIGN)
    @DisplayName("built from a monitor or a Lock with Conditions, no java.util.concurrent synchronizer inside")
    void buildsItsOwnSynchronization() {
        new Latch(1).countDown();
        new Semaphore(1).release();
        List<String> borrowed = new ArrayList<>();
        for (Path classFile : kataClassFiles()) {
            ClassNode node = new ClassNode();
            try {
                new ClassReader(Files.readAllBytes(classFile)).accept(node, ClassReader.SKIP_DEBUG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (MethodNode method : node.methods) {
                for (AbstractInsnNode insn : method.instructions) {
                    String owner = insn instanceof MethodInsnNode call ? call.owner
                            : insn instanceof FieldInsnNode field ? field.owner
                            : insn instanceof TypeInsnNode type ? type.desc : null;
                    if (owner != null && owner.startsWith("java/util/concurrent/")
                            && !ALLOWED_FROM_JUC.contains(owner.replace('/', '.'))) {
                        borrowed.add(node.name.replaceAll(".*/", "") + "." + method.name + " uses "
                                + owner.replace('/', '.'));
                    }
                }
            }
        }
        assertThat(borrowed.stream().distinct().sorted().collect(Collectors.toList()))
                .as("uses of java.util.concurrent besides TimeUnit, Lock, ReentrantLock and Condition"
                        + " (build the waiting yourself from a monitor or a lock's conditions)").isEmpty();
    }

    /** The compiled main classes of this kata (the learner's), nested and anonymous ones included. */
    private static List<Path> kataClassFiles() {
        try {
            Path dir = Path.of(Latch.class.getResource("Latch.class").toURI()).getParent();
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("6 waiters, 2 counters, 30 latches: when a latch opens, every waiter goes on")
    void latchReleasesEveryWaiter() {
        int waiters = 6;
        int counters = 2;
        int rounds = 30;
        Latch[] latches = new Latch[rounds];
        for (int r = 0; r < rounds; r++) {
            latches[r] = new Latch(counters);
        }
        AtomicReferenceArray<Thread> waiterThreads = new AtomicReferenceArray<>(waiters);
        AtomicIntegerArray arrived = new AtomicIntegerArray(rounds);
        AtomicIntegerArray passed = new AtomicIntegerArray(rounds);
        AtomicReference<String> timedOut = new AtomicReference<>();

        Stress.threads(waiters + counters).run(waiters + " waiters and " + counters + " counters on " + rounds
                + " latches of " + counters + " in turn", thread -> {
                    if (thread < waiters) {
                        waiterThreads.set(thread, Thread.currentThread());
                        for (int r = 0; r < rounds; r++) {
                            arrived.incrementAndGet(r);
                            if (thread % 2 == 0) {
                                latches[r].await();
                            } else if (!latches[r].await(10, TimeUnit.SECONDS)) {
                                timedOut.compareAndSet(null, "round " + r + ": await(10 s) on thread-" + thread
                                        + " returned false although the latch reached zero");
                            }
                            passed.incrementAndGet(r);
                        }
                    } else {
                        long stopHoldingBack = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                        for (int r = 0; r < rounds; r++) {
                            awaitAllWaiting(waiterThreads, arrived, r, stopHoldingBack);
                            latches[r].countDown();
                        }
                    }
                });

        assertThat(timedOut.get()).as("a timed await that gave up").isNull();
        for (int r = 0; r < rounds; r++) {
            assertThat(passed.get(r)).as("waiters that went on in round %d", r).isEqualTo(waiters);
            assertThat(latches[r].getCount()).as("count of round %d's latch after its %d count-downs", r, counters)
                    .isZero();
        }
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("8 threads, 2 permits: never more than 2 inside, every permit back at the end")
    void semaphoreNeverOversubscribes() {
        int permits = 2;
        int threads = 8;
        int rounds = 200;
        Semaphore semaphore = new Semaphore(permits);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        AtomicInteger fewestFree = new AtomicInteger(permits);
        AtomicInteger acquired = new AtomicInteger();
        AtomicBoolean overflowReported = new AtomicBoolean();
        AtomicReference<String> firstOverflow = new AtomicReference<>();

        Stress.threads(threads).timeLimit(Duration.ofSeconds(10)).run(threads + " threads sharing a semaphore of "
                + permits + ", " + rounds + " rounds each", thread -> {
                    for (int i = 0; i < rounds; i++) {
                        boolean got;
                        switch ((thread + i) % 3) {
                            case 0 -> {
                                semaphore.acquire();
                                got = true;
                            }
                            case 1 -> got = semaphore.tryAcquire();
                            default -> got = semaphore.tryAcquire(1, TimeUnit.SECONDS);
                        }
                        if (!got) {
                            continue;
                        }
                        acquired.incrementAndGet();
                        int now = inside.incrementAndGet();
                        int free = semaphore.availablePermits();
                        mostInside.accumulateAndGet(now, Math::max);
                        fewestFree.accumulateAndGet(free, Math::min);
                        if ((now > permits || free < 0) && overflowReported.compareAndSet(false, true)) {
                            firstOverflow.set("thread-" + thread + ", call " + i + ": " + now
                                    + " threads held a permit, availablePermits() said " + free);
                        }
                        Thread.yield();
                        inside.decrementAndGet();
                        semaphore.release();
                    }
                });

        assertThat(mostInside.get()).as("the most threads holding a permit at once, with %d permits (first excess:"
                + " %s)", permits, firstOverflow.get()).isLessThanOrEqualTo(permits);
        assertThat(fewestFree.get()).as("the smallest availablePermits() seen (first excess: %s)",
                firstOverflow.get()).isGreaterThanOrEqualTo(0);
        assertThat(acquired.get()).as("permits taken in the run").isPositive();
        assertThat(semaphore.availablePermits()).as("free permits after %d acquires, each released once",
                acquired.get()).isEqualTo(permits);
    }

    /**
     * Holds a counting-down thread back until every waiter has arrived at round {@code round} and sleeps in a
     * wait, so that the count-down must wake them all. Holds back only until {@code deadline} in all: after
     * that (waiters stuck in an earlier round, or spinning instead of sleeping) the counters finish their work
     * and the report shows who is still waiting.
     */
    private static void awaitAllWaiting(AtomicReferenceArray<Thread> waiters, AtomicIntegerArray arrived, int round,
                                        long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            if (arrived.get(round) == waiters.length() && allWaiting(waiters)) {
                return;
            }
            Thread.sleep(1);
        }
    }

    private static boolean allWaiting(AtomicReferenceArray<Thread> threads) {
        for (int i = 0; i < threads.length(); i++) {
            Thread t = threads.get(i);
            if (t == null || (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING)) {
                return false;
            }
        }
        return true;
    }

    // ---- helpers for the examples ----

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
