package dev.niche.concurrency.threadpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.niche.katas.grader.CheckKind;
import dev.niche.katas.grader.Kata;
import dev.niche.katas.grader.Kind;
import dev.niche.katas.grader.concurrency.Stress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Kata(id = "concurrency/thread-pool", title = "Thread pool: bounded queue, rejection, shutdown, futures", order = 7,
        checkpoints = "4.1", naiveViolates = CheckKind.CONCURRENCY)
class ThreadPoolTest {
    private static final Duration LONG = Duration.ofSeconds(5);
    /** Generous on purpose: these runs check what happened, not how fast; a loaded machine must not fail them. */
    private static final Duration STRESS_LIMIT = Duration.ofSeconds(12);

    // ---- examples: one test thread drives the pool with latches ----

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("submit runs the task on a worker; the future is done with its value")
    void submitRunsTask() throws Exception {
        Workers workers = new Workers();
        FixedThreadPool pool = new FixedThreadPool(2, 4, workers);
        CountDownLatch gate = new CountDownLatch(1);
        TaskFuture<String> future = pool.submit(() -> {
            gate.await();
            return Thread.currentThread().getName();
        });
        assertThat(future.isDone()).as("isDone before the task has finished").isFalse();
        gate.countDown();
        assertThat(future.get()).as("the task's value: the name of the worker that ran it").startsWith("worker-");
        assertThat(future.isDone()).as("isDone after get returned").isTrue();
        assertThat(workers.created()).as("threads the pool created").hasSize(2);
        shutDown(pool);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("a task's exception comes out of get as ExecutionException, and its worker runs the next task")
    void failureGoesToFuture() throws Exception {
        FixedThreadPool pool = new FixedThreadPool(1, 4, new Workers());
        IllegalStateException boom = new IllegalStateException("boom");
        TaskFuture<Integer> failing = pool.submit(() -> {
            throw boom;
        });
        assertThatThrownBy(failing::get).isInstanceOf(ExecutionException.class).hasCause(boom);
        assertThat(failing.isDone()).isTrue();
        assertThat(pool.submit(() -> 42).get(LONG)).as("the next task on the only worker").isEqualTo(42);
        shutDown(pool);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("get with a timeout throws TimeoutException while the task runs; a later get has the value")
    void getTimesOut() throws Exception {
        FixedThreadPool pool = new FixedThreadPool(1, 4, new Workers());
        CountDownLatch gate = new CountDownLatch(1);
        TaskFuture<String> future = pool.submit(() -> {
            gate.await();
            return "late";
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> future.get(Duration.ofMillis(50))).isInstanceOf(TimeoutException.class);
        assertThat(System.nanoTime() - start).as("nanoseconds get waited before timing out")
                .isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
        assertThat(future.isDone()).isFalse();
        gate.countDown();
        assertThat(future.get(LONG)).isEqualTo("late");
        shutDown(pool);
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("workers busy and queue full: submit is rejected naming the capacity, and that task never runs")
    void fullQueueRejects() throws Exception {
        FixedThreadPool pool = new FixedThreadPool(1, 2, new Workers());
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        List<String> ran = new CopyOnWriteArrayList<>();
        TaskFuture<String> a = pool.submit(() -> {
            started.countDown();
            gate.await();
            ran.add("a");
            return "a";
        });
        started.await();
        TaskFuture<String> b = pool.submit(() -> record(ran, "b"));
        TaskFuture<String> c = pool.submit(() -> record(ran, "c"));
        assertThatThrownBy(() -> pool.submit(() -> record(ran, "d")))
                .as("the 4th task: the worker runs a, the queue holds b and c")
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("2");
        gate.countDown();
        assertThat(List.of(a.get(LONG), b.get(LONG), c.get(LONG))).containsExactly("a", "b", "c");
        shutDown(pool);
        assertThat(ran).as("tasks that ran, in order").containsExactly("a", "b", "c");
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("after shutdown: queued tasks still run, submit is rejected, every worker ends")
    void shutdownDrainsQueue() throws Exception {
        Workers workers = new Workers();
        FixedThreadPool pool = new FixedThreadPool(2, 4, workers);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch gate = new CountDownLatch(1);
        List<TaskFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            futures.add(pool.submit(() -> {
                started.countDown();
                gate.await();
                return n;
            }));
            if (i == 1) {
                started.await();
            }
        }
        pool.shutdown();
        pool.shutdown();
        assertThatThrownBy(() -> pool.submit(() -> 99)).as("submit after shutdown")
                .isInstanceOf(RejectedExecutionException.class).hasMessageContaining("shut down");
        gate.countDown();
        assertThat(pool.awaitTermination(LONG)).as("awaitTermination after the tasks were let go").isTrue();
        for (int i = 0; i < 5; i++) {
            assertThat(futures.get(i).get(Duration.ZERO)).isEqualTo(i);
        }
        workers.assertAllEnded();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("awaitTermination returns false after its timeout while a task still runs, or before shutdown")
    void awaitTerminationTimesOut() throws Exception {
        FixedThreadPool pool = new FixedThreadPool(2, 4, new Workers());
        assertThat(pool.awaitTermination(Duration.ofMillis(20))).as("awaitTermination before shutdown").isFalse();
        CountDownLatch gate = new CountDownLatch(1);
        pool.submit(() -> {
            gate.await();
            return null;
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(Duration.ofMillis(50))).as("awaitTermination while a task waits").isFalse();
        gate.countDown();
        assertThat(pool.awaitTermination(LONG)).isTrue();
    }

    @Test
    @Kind(CheckKind.EXAMPLE)
    @DisplayName("bad arguments are refused with a message that names them")
    void badArguments() {
        assertThatThrownBy(() -> new FixedThreadPool(0, 4, new Workers()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThatThrownBy(() -> new FixedThreadPool(2, 0, new Workers()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("queueCapacity");
        assertThatThrownBy(() -> new FixedThreadPool(2, 4, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("threadFactory");
        FixedThreadPool pool = new FixedThreadPool(1, 1, new Workers());
        assertThatThrownBy(() -> pool.submit(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("task");
        pool.shutdown();
    }

    // ---- concurrency: real threads, exact bookkeeping ----

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("6 threads submit at once: accepted tasks run once, rejected ones never, at most 3 at a time")
    void manySubmitters() throws Exception {
        int threads = 3;
        int submitters = 6;
        int perSubmitter = 200;
        int tasks = submitters * perSubmitter;
        Workers workers = new Workers();
        FixedThreadPool pool = new FixedThreadPool(threads, 8, workers);
        AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
        AtomicIntegerArray accepted = new AtomicIntegerArray(tasks);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        String what = submitters + " threads submitting " + perSubmitter + " tasks each";
        Stress.threads(submitters).timeLimit(STRESS_LIMIT).run(what, s -> {
            List<TaskFuture<Integer>> mine = new ArrayList<>();
            List<Integer> ids = new ArrayList<>();
            for (int k = 0; k < perSubmitter; k++) {
                int id = s * perSubmitter + k;
                try {
                    mine.add(pool.submit(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        runs.incrementAndGet(id);
                        Thread.onSpinWait();
                        running.decrementAndGet();
                        if (id % 10 == 0) {
                            throw new IllegalStateException("task " + id + " fails on purpose");
                        }
                        return id;
                    }));
                    ids.add(id);
                    accepted.set(id, 1);
                } catch (RejectedExecutionException full) {
                    Thread.onSpinWait();
                }
            }
            for (int i = 0; i < mine.size(); i++) {
                int id = ids.get(i);
                TaskFuture<Integer> future = mine.get(i);
                if (id % 10 == 0) {
                    assertThatThrownBy(() -> awaitOutcome(future, id)).as("get of task " + id + ", which threw")
                            .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
                } else {
                    assertThat(awaitOutcome(future, id)).as("get of task " + id).isEqualTo(id);
                }
            }
        });
        shutDown(pool);
        int acceptedCount = 0;
        for (int id = 0; id < tasks; id++) {
            acceptedCount += accepted.get(id);
            assertThat(runs.get(id)).as("times task " + id + " ran; submit " + (accepted.get(id) == 1
                    ? "accepted it, so exactly once" : "rejected it, so never")).isEqualTo(accepted.get(id));
        }
        assertThat(acceptedCount).as("tasks accepted of " + tasks).isPositive();
        assertThat(mostAtOnce.get()).as("most tasks running at the same moment in a pool of " + threads)
                .isBetween(1, threads);
        assertThat(workers.created()).as("threads the pool created").hasSize(threads);
        workers.assertAllEnded();
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("shutdown racing submit: every accepted task runs, no rejected one does, and every worker ends")
    void shutdownRacesSubmit() throws Exception {
        long stopAfter = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        for (int round = 0; round < 40 && (round < 5 || System.nanoTime() < stopAfter); round++) {
            Workers workers = new Workers();
            FixedThreadPool pool = new FixedThreadPool(2, 16, workers);
            int submitters = 3;
            int maxTasks = 300;
            AtomicIntegerArray runs = new AtomicIntegerArray(submitters * maxTasks);
            AtomicReferenceArray<TaskFuture<Integer>> futures = new AtomicReferenceArray<>(submitters * maxTasks);
            AtomicInteger acceptedSoFar = new AtomicInteger();
            CountDownLatch shutdownCalled = new CountDownLatch(1);
            String what = submitters + " threads submitting while a 4th shuts the pool down";
            Stress.threads(submitters + 1).timeLimit(STRESS_LIMIT).run(what, t -> {
                if (t == submitters) {
                    while (acceptedSoFar.get() < 10) {
                        Thread.onSpinWait();
                    }
                    pool.shutdown();
                    shutdownCalled.countDown();
                    return;
                }
                for (int k = 0; k < maxTasks; k++) {
                    int id = t * maxTasks + k;
                    try {
                        futures.set(id, pool.submit(() -> {
                            runs.incrementAndGet(id);
                            return id;
                        }));
                        acceptedSoFar.incrementAndGet();
                    } catch (RejectedExecutionException rejected) {
                        if (shutdownCalled.getCount() == 0) {
                            return;
                        }
                        Thread.onSpinWait();
                    }
                }
            });
            for (int id = 0; id < futures.length(); id++) {
                TaskFuture<Integer> future = futures.get(id);
                if (future != null) {
                    assertThat(awaitOutcome(future, id)).isEqualTo(id);
                }
            }
            assertThat(pool.awaitTermination(LONG)).as("awaitTermination after shutdown (round " + round + ")")
                    .isTrue();
            workers.assertAllEnded();
            for (int id = 0; id < futures.length(); id++) {
                assertThat(runs.get(id)).as("times task " + id + " ran in round " + round + "; submit "
                        + (futures.get(id) != null ? "accepted it" : "rejected it or never got to it"))
                        .isEqualTo(futures.get(id) != null ? 1 : 0);
            }
        }
    }

    @Test
    @Kind(CheckKind.CONCURRENCY)
    @DisplayName("4 threads wait on one future: all of them wake when the task finishes")
    void everyWaiterWakes() throws Exception {
        FixedThreadPool pool = new FixedThreadPool(1, 4, new Workers());
        CountDownLatch gate = new CountDownLatch(1);
        TaskFuture<String> future = pool.submit(() -> {
            gate.await();
            return "done";
        });
        int waiters = 4;
        List<Thread> waiting = new CopyOnWriteArrayList<>();
        Thread opener = new Thread(() -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline && !(waiting.size() == waiters && waiting.stream().allMatch(
                    w -> w.getState() == Thread.State.WAITING || w.getState() == Thread.State.TIMED_WAITING))) {
                Thread.onSpinWait();
            }
            gate.countDown();
        });
        opener.setDaemon(true);
        opener.start();
        Stress.threads(waiters).timeLimit(Duration.ofSeconds(4)).run(waiters + " threads calling get() on one"
                + " future while its task runs, the task finishing once all of them wait", t -> {
                    waiting.add(Thread.currentThread());
                    assertThat(future.get()).isEqualTo("done");
                });
        shutDown(pool);
    }

    // ---- helpers ----

    private static String record(List<String> ran, String name) {
        ran.add(name);
        return name;
    }

    /** The task's value, failing with a clear message if its future does not complete. */
    private static <T> T awaitOutcome(TaskFuture<T> future, int id) throws InterruptedException, ExecutionException {
        try {
            return future.get(LONG);
        } catch (TimeoutException e) {
            throw new AssertionError("task " + id + " was accepted by submit, but its future did not complete within "
                    + LONG.toSeconds() + " s: the task never ran, or its future missed the wake-up");
        }
    }

    private static void shutDown(FixedThreadPool pool) throws InterruptedException {
        pool.shutdown();
        assertThat(pool.awaitTermination(LONG)).as("awaitTermination(" + LONG.toSeconds() + " s) after shutdown")
                .isTrue();
    }

    /** A thread factory that names its threads worker-1, worker-2, ... and remembers them. */
    private static final class Workers implements ThreadFactory {
        private final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public Thread newThread(Runnable worker) {
            Thread t = new Thread(worker, "worker-" + (threads.size() + 1));
            t.setDaemon(true);
            threads.add(t);
            return t;
        }

        List<Thread> created() {
            return threads;
        }

        /** Every worker has ended: awaitTermination returned true, so each ends within moments (1 s allowed). */
        void assertAllEnded() throws InterruptedException {
            for (Thread t : threads) {
                t.join(1000);
                assertThat(t.isAlive()).as(t.getName() + " is alive after awaitTermination returned true; its"
                        + " state: " + t.getState()).isFalse();
            }
        }
    }
}
