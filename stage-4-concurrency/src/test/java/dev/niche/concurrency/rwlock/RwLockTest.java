package dev.niche.concurrency.rwlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.BackgroundCall;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/rw-lock", title = "Read-write lock that does not starve writers", order = 5,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
class RwLockTest {
    /** Reader acquisitions a waiting writer may see go by before it must be in (a correct lock allows a few). */
    private static final int STARVATION_BOUND = 100;

    // ---- examples ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("One thread takes and releases the read lock and the write lock, again and again")
    void oneThreadTakesBothModes() throws InterruptedException {
        RwLock lock = new RwLock();
        for (int i = 0; i < 3; i++) {
            lock.lockRead();
            lock.unlockRead();
            lock.lockWrite();
            lock.unlockWrite();
        }
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Releasing a lock the calling thread does not hold throws IllegalMonitorStateException")
    void unlockWithoutHoldingIsRefused() throws InterruptedException {
        RwLock lock = new RwLock();
        assertThatThrownBy(lock::unlockRead).as("unlockRead on a new lock")
                .isInstanceOf(IllegalMonitorStateException.class);
        assertThatThrownBy(lock::unlockWrite).as("unlockWrite on a new lock")
                .isInstanceOf(IllegalMonitorStateException.class);

        lock.lockRead();
        assertThatThrownBy(lock::unlockWrite).as("unlockWrite while holding the read lock")
                .isInstanceOf(IllegalMonitorStateException.class);
        lock.unlockRead();
        assertThatThrownBy(lock::unlockRead).as("a second unlockRead")
                .isInstanceOf(IllegalMonitorStateException.class);

        lock.lockWrite();
        assertThatThrownBy(lock::unlockRead).as("unlockRead while holding the write lock")
                .isInstanceOf(IllegalMonitorStateException.class);
        lock.unlockWrite();

        Holder writer = Holder.writer(lock, "writer");
        writer.awaitEntered("the write lock on a free lock");
        assertThatThrownBy(lock::unlockWrite).as("unlockWrite by a thread other than the writer")
                .isInstanceOf(IllegalMonitorStateException.class);
        writer.releaseAndJoin();
        Holder reader = Holder.reader(lock, "reader");
        reader.awaitEntered("the read lock on a free lock");
        assertThatThrownBy(lock::unlockRead).as("unlockRead by a thread other than the reader")
                .isInstanceOf(IllegalMonitorStateException.class);
        reader.releaseAndJoin();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("Asking again while holding the lock throws IllegalStateException and changes nothing")
    void secondHoldIsRefused() throws InterruptedException {
        RwLock lock = new RwLock();
        lock.lockRead();
        assertThatThrownBy(lock::lockRead).as("lockRead while holding the read lock")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::lockWrite).as("lockWrite while holding the read lock (an upgrade)")
                .isInstanceOf(IllegalStateException.class);
        lock.unlockRead();
        assertThatThrownBy(lock::unlockRead).as("unlockRead after the one read hold was released")
                .isInstanceOf(IllegalMonitorStateException.class);

        lock.lockWrite();
        assertThatThrownBy(lock::lockWrite).as("lockWrite while holding the write lock")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(lock::lockRead).as("lockRead while holding the write lock")
                .isInstanceOf(IllegalStateException.class);
        lock.unlockWrite();
        lock.lockRead();
        lock.unlockRead();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("A writer waits for the reader inside, and a reader waits for the writer inside")
    void writerAndReaderWaitForEachOther() throws InterruptedException {
        RwLock lock = new RwLock();
        Holder reader = Holder.reader(lock, "reader-1");
        reader.awaitEntered("the read lock on a free lock");
        Holder writer = Holder.writer(lock, "writer");
        if (!writer.waitsToEnter()) {
            fail("the writer got the write lock while reader-1 held the read lock");
        }
        reader.releaseAndJoin();
        writer.awaitEntered("the write lock after the only reader left");
        Holder later = Holder.reader(lock, "reader-2");
        if (!later.waitsToEnter()) {
            fail("reader-2 got the read lock while the writer held the write lock");
        }
        writer.releaseAndJoin();
        later.awaitEntered("the read lock after the writer left");
        later.releaseAndJoin();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("A waiting writer that is interrupted throws InterruptedException, holds nothing, lets readers in")
    void interruptedWriterGivesUp() throws InterruptedException {
        RwLock lock = new RwLock();
        Holder reader = Holder.reader(lock, "reader-1");
        reader.awaitEntered("the read lock on a free lock");
        Holder writer = Holder.writer(lock, "writer");
        if (!writer.waitsToEnter()) {
            fail("the writer got the write lock while reader-1 held the read lock");
        }
        writer.call.thread().interrupt();
        writer.call.finishesWithin(Duration.ofSeconds(5));
        assertThat(writer.call.failure()).as("what the interrupted writer's lockWrite threw")
                .isInstanceOf(InterruptedException.class);

        Holder after = Holder.reader(lock, "reader-2");
        after.awaitEntered("the read lock once the only waiting writer had given up");
        reader.releaseAndJoin();
        after.releaseAndJoin();
        Holder nextWriter = Holder.writer(lock, "writer-2");
        nextWriter.awaitEntered("the write lock on a lock nobody holds (the interrupted writer must hold nothing)");
        nextWriter.releaseAndJoin();
    }

    // ---- concurrency ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Readers share: two threads hold the read lock at the same time")
    void readersOverlap() throws InterruptedException {
        RwLock lock = new RwLock();
        Holder first = Holder.reader(lock, "reader-1");
        first.awaitEntered("the read lock on a free lock");
        Holder second = Holder.reader(lock, "reader-2");
        second.awaitEntered("the read lock while only reader-1 held it (readers must be able to share)");
        first.releaseAndJoin();
        second.releaseAndJoin();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("A writer is always alone: never with a reader or another writer (stress)")
    void writerIsAlone() {
        RwLock lock = new RwLock();
        AtomicInteger readersInside = new AtomicInteger();
        AtomicInteger writersInside = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        AtomicReference<String> firstViolation = new AtomicReference<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        Stress.threads(4).run("4 threads, each writing once for every 3 reads", thread -> {
            for (int i = 0; i < 2_000 && System.nanoTime() < until; i++) {
                if ((i + thread) % 4 == 0) {
                    lock.lockWrite();
                    try {
                        int writers = writersInside.incrementAndGet();
                        int readers = readersInside.get();
                        if (writers != 1 || readers != 0) {
                            firstViolation.compareAndSet(null, "thread-" + thread + " got the write lock while "
                                    + (writers - 1) + " other writer(s) and " + readers + " reader(s) were inside");
                        }
                        Thread.yield();
                        writersInside.decrementAndGet();
                        writes.incrementAndGet();
                    } finally {
                        lock.unlockWrite();
                    }
                } else {
                    lock.lockRead();
                    try {
                        readersInside.incrementAndGet();
                        int writers = writersInside.get();
                        if (writers != 0) {
                            firstViolation.compareAndSet(null, "thread-" + thread + " got the read lock while "
                                    + writers + " writer(s) were inside");
                        }
                        Thread.yield();
                        readersInside.decrementAndGet();
                        reads.incrementAndGet();
                    } finally {
                        lock.unlockRead();
                    }
                }
            }
        });
        assertThat(firstViolation.get())
                .as("the first violation of mutual exclusion, in %d reads and %d writes", reads.get(), writes.get())
                .isNull();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Once a writer waits, a new reader waits behind it even though a reader is inside")
    void newReaderQueuesBehindWaitingWriter() throws InterruptedException {
        RwLock lock = new RwLock();
        Holder inside = Holder.reader(lock, "reader-1");
        inside.awaitEntered("the read lock on a free lock");
        Holder writer = Holder.writer(lock, "writer");
        if (!writer.waitsToEnter()) {
            fail("the writer got the write lock while reader-1 held the read lock");
        }
        Holder newcomer = Holder.reader(lock, "reader-2");
        if (!newcomer.waitsToEnter()) {
            fail("reader-2 got the read lock while a writer was waiting (reader-1 was inside, so the writer had"
                    + " to wait)." + System.lineSeparator() + "Letting readers pass a waiting writer starves it:"
                    + " with readers overlapping"
                    + " without a pause, the writer never gets in. Once a writer waits, new readers must wait"
                    + " behind it.");
        }
        inside.releaseAndJoin();
        writer.awaitEntered("the write lock once reader-1 left (reader-2 should still be waiting)");
        if (newcomer.entered.getCount() == 0) {
            fail("reader-2 got the read lock while the writer held the write lock");
        }
        writer.releaseAndJoin();
        newcomer.awaitEntered("the read lock after the writer left");
        newcomer.releaseAndJoin();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("Under a continuous stream of overlapping readers, a waiting writer gets in within 100 reads")
    void writerIsNotStarved() {
        RwLock lock = new RwLock();
        int readerThreads = 3;
        int rounds = 5;
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger countFrom = new AtomicInteger(-1);
        AtomicReference<Thread> writerThread = new AtomicReference<>();
        AtomicReference<String> starved = new AtomicReference<>();
        int[] readsWhileWaiting = new int[rounds];
        StreamState state = new StreamState();
        Stress.threads(readerThreads + 1).run("3 threads reading in overlapping turns of about 1 ms, 1 thread"
                + " writing " + rounds + " times", thread -> {
                    if (thread == readerThreads) {
                        writerThread.set(Thread.currentThread());
                        try {
                            for (int round = 0; round < rounds && !state.stop; round++) {
                                Thread.sleep(3);
                                state.callStart = System.nanoTime();
                                state.calling = true;
                                lock.lockWrite();
                                try {
                                    state.calling = false;
                                    int from = countFrom.getAndSet(-1);
                                    readsWhileWaiting[round] = from < 0 ? 0 : reads.get() - from;
                                } finally {
                                    lock.unlockWrite();
                                }
                            }
                        } finally {
                            state.stop = true;
                        }
                        return;
                    }
                    while (!state.stop) {
                        lock.lockRead();
                        try {
                            int n = reads.incrementAndGet();
                            if (state.calling) {
                                if (countFrom.get() < 0 && state.writerWaits(writerThread.get())) {
                                    countFrom.compareAndSet(-1, n);
                                }
                                int from = countFrom.get();
                                if (from >= 0 && n - from > STARVATION_BOUND) {
                                    starved.compareAndSet(null, "it started waiting after " + from + " reads,"
                                            + " and readers took the read lock " + (n - from)
                                            + " more times while it waited");
                                    state.stop = true;
                                }
                            }
                            Thread.sleep(1);
                        } finally {
                            lock.unlockRead();
                        }
                    }
                });
        if (starved.get() != null) {
            fail("writer starved: " + starved.get() + " (bound: " + STARVATION_BOUND + ")."
                    + System.lineSeparator() + "A reader was inside at every moment, so a writer that waits for"
                    + " 'no reader inside' never gets in: once a writer waits, new readers must wait behind it.");
        }
        assertThat(Arrays.stream(readsWhileWaiting).max().orElse(0))
                .as("the most reads while the writer waited, in rounds %s", Arrays.toString(readsWhileWaiting))
                .isLessThanOrEqualTo(STARVATION_BOUND);
    }

    /** What the writer of the reader stream tells the readers. */
    private static final class StreamState {
        /** A writer that spins instead of blocking counts as waiting once it has been trying this long. */
        private static final long SPIN_GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
        volatile boolean calling;
        volatile long callStart;
        volatile boolean stop;

        /** True once the writer, inside lockWrite, is blocked (or has been trying for a while). */
        boolean writerWaits(Thread writer) {
            Thread.State s = writer.getState();
            return s == Thread.State.WAITING || s == Thread.State.TIMED_WAITING || s == Thread.State.BLOCKED
                    || System.nanoTime() - callStart > SPIN_GRACE_NANOS;
        }
    }

    /**
     * A thread that takes the lock in one mode, says so, holds it until released, then unlocks: a
     * {@link BackgroundCall} running acquire, "entered", wait for release, unlock.
     */
    private static final class Holder {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final BackgroundCall call;

        private Holder(String name, BackgroundCall.Call acquire, Runnable unlock) {
            call = BackgroundCall.start(name, () -> {
                acquire.run();
                entered.countDown();
                release.await();
                unlock.run();
            });
        }

        static Holder reader(RwLock lock, String name) {
            return new Holder(name, lock::lockRead, lock::unlockRead);
        }

        static Holder writer(RwLock lock, String name) {
            return new Holder(name, lock::lockWrite, lock::unlockWrite);
        }

        /** Waits up to 5 s until this thread holds the lock; fails with its own exception if it ended first. */
        void awaitEntered(String what) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!entered.await(10, TimeUnit.MILLISECONDS)) {
                if (!call.thread().isAlive()) {
                    call.rethrow();
                    fail(call.thread().getName() + " ended without taking " + what);
                }
                if (System.nanoTime() > until) {
                    fail(call.thread().getName() + " waited 5 s for " + what + "; it waits " + call.where());
                }
            }
        }

        /**
         * True once this thread is blocked before holding the lock (or still busy trying after 2 s); false if it
         * got the lock.
         */
        boolean waitsToEnter() {
            call.blocksWithin(Duration.ofSeconds(2));
            if (entered.getCount() == 0 || !call.thread().isAlive()) {
                call.rethrow();
                return false;
            }
            return true;
        }

        /** Lets the thread unlock and end; fails if it does not or if its unlock threw. */
        void releaseAndJoin() {
            release.countDown();
            call.awaitDone();
        }
    }
}
